{{/* The chart's name, cut to 63 characters (a DNS label). */}}
{{- define "kube-explain.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's full name: the release name alone when it already contains the chart's name. */}}
{{- define "kube-explain.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "kube-explain.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kube-explain.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "kube-explain.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "kube-explain.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "kube-explain.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "kube-explain.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret holding the session key (AUTH=token). */}}
{{- define "kube-explain.sessionSecretName" -}}
{{- default (printf "%s-session" (include "kube-explain.fullname" .)) .Values.auth.session.existingSecret }}
{{- end }}

{{- define "kube-explain.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
Names a browser may use (ALLOWED_HOSTS, comma-separated; a name alone allows
any port): the Service's cluster DNS names, the Ingress hosts and
server.extraAllowedHosts.
*/}}
{{- define "kube-explain.allowedHosts" -}}
{{- $svc := include "kube-explain.fullname" . }}
{{- $ns := .Release.Namespace }}
{{- $hosts := list $svc (printf "%s.%s" $svc $ns) (printf "%s.%s.svc" $svc $ns) (printf "%s.%s.svc.%s" $svc $ns .Values.server.clusterDomain) }}
{{- if .Values.ingress.enabled }}
{{- range .Values.ingress.hosts }}
{{- $hosts = append $hosts .host }}
{{- end }}
{{- end }}
{{- range .Values.server.extraAllowedHosts }}
{{- $hosts = append $hosts . }}
{{- end }}
{{- $hosts | uniq | join "," }}
{{- end }}
