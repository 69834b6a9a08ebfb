import { NextResponse, type NextRequest } from 'next/server';

/**
 * ?lang=en|zh on any page switches the language: it is forwarded to the
 * page as a request header (so this very request renders in it) and kept in
 * a cookie for the next ones. The URL stays shareable with its language.
 */
export function proxy(request: NextRequest): NextResponse {
  const lang = request.nextUrl.searchParams.get('lang');
  if (lang !== 'en' && lang !== 'zh') return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set('x-kube-explain-locale', lang);
  const res = NextResponse.next({ request: { headers } });
  res.cookies.set('lang', lang, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  return res;
}

export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'] };
