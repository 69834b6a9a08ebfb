import { KubeConfig, CoreV1Api, Watch } from '@kubernetes/client-node';
import fs from 'node:fs';
const show = (label, e) => console.log(label, JSON.stringify({ name: e?.name, code: e?.code, errno: e?.errno, syscall: e?.syscall, path: e?.path, type: e?.type, statusCode: e?.statusCode, message: e?.message, keys: Object.keys(e ?? {}) }));
const mk = (server, user) => { const kc = new KubeConfig(); kc.loadFromOptions({ clusters: [{ name: 'c', server, skipTLSVerify: false }], users: [user], contexts: [{ name: 'x', cluster: 'c', user: user.name }], currentContext: 'x' }); return kc; };
const kc = mk('https://127.0.0.1:1', { name: 'u', token: 'secret-token' });
try { await kc.makeApiClient(CoreV1Api).listNamespace(); } catch (e) { show('typed refused', e); }
await new Promise((r) => new Watch(kc).watch('/api/v1/pods', {}, () => {}, (e) => { show('watch refused', e); r(); }));
const kc2 = mk('https://127.0.0.1:1', { name: 'u', exec: { command: 'definitely-not-installed-plugin', apiVersion: 'client.authentication.k8s.io/v1' } });
try { await kc2.makeApiClient(CoreV1Api).listNamespace(); } catch (e) { show('typed exec', e); }
try { await new Watch(kc2).watch('/api/v1/pods', {}, () => {}, (e) => show('watch exec done', e)); } catch (e) { show('watch exec throw', e); }
const kc3 = mk('http://127.0.0.1:1', { name: 'u' });
try { await kc3.makeApiClient(CoreV1Api).listNamespace(); } catch (e) { show('typed http', e); }
const kc4 = mk('https://does-not-exist.invalid', { name: 'u' });
try { await kc4.makeApiClient(CoreV1Api).listNamespace(); } catch (e) { show('typed dns', e); }
const kc5 = mk('https://127.0.0.1:1', { name: 'u', certFile: '/nonexistent/cert.pem', keyFile: '/nonexistent/key.pem' });
try { await kc5.makeApiClient(CoreV1Api).listNamespace(); } catch (e) { show('typed certfile', e); }
