/**
 * A page's stream opened before hydration. The tab's StreamClient opens its
 * EventSource from an effect, after the page's JavaScript has loaded and
 * hydrated, a few hundred ms after the HTML arrived; the page can already
 * name its live views on the server. So the page's HTML carries a small
 * inline script that opens the stream at once and keeps what arrives; the
 * StreamClient adopts it on its first open (hello and messages replayed, the
 * views reconciled as for any stream) instead of opening another.
 */

import { streamUrl, subIdFor } from './stream-client';

export type { EarlyStream, EarlyWindow } from './stream-client';


/**
 * The inline script that opens a page's stream during HTML parsing, for the
 * views `specs` (the same specs the page's components subscribe to). Its
 * data is JSON with `<` escaped, so no view name can end the script element.
 * @example earlyStreamScript([{ view: 'pods', context: 'kind-kind' }]).startsWith('(function(') // true
 */
export function earlyStreamScript(specs: Record<string, unknown>[]): string {
  const { url, included } = streamUrl(specs.map((s) => [subIdFor(s), s]));
  const data = JSON.stringify({ url, included }).replace(/</g, '\\u003c');
  return (
    '(function(d){try{var w=window;if(w.__keEarly||w.__keStreamOpened||typeof EventSource!=="function")return;' +
    'var es=new EventSource(d.url);' +
    'var s={url:d.url,included:d.included,es:es,hello:null,messages:[],failed:false,adopted:false};' +
    'es.addEventListener("hello",function(e){if(!s.adopted)s.hello=e.data});' +
    'es.onmessage=function(e){if(!s.adopted)s.messages.push(e.data)};' +
    'es.onerror=function(){if(!s.adopted){s.failed=true;es.close()}};' +
    `w.__keEarly=s}catch(e){}})(${data})`
  );
}
