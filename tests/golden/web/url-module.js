// node:url: URL and URLSearchParams are the globals; file URLs and paths both ways;
// the IDNA helpers.
const url = require('node:url');
const { fileURLToPath, pathToFileURL } = require('url');
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
console.log(pathToFileURL('/tmp/a b/c?d#e%f\\g\n'));
console.log(pathToFileURL('/x/').href, pathToFileURL('/x/../y').href,
  pathToFileURL('rel').href.startsWith('file:///'));
console.log(fileURLToPath('file:///a%20b/c'), fileURLToPath(new URL('file:///x%3Fy')),
  fileURLToPath('file://localhost/etc/hosts'));
for (const x of ['http://h/%2F', 'file://host/x', 'file:///a%2fb', 1]) {
  try {
    console.log(fileURLToPath(x));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'),
  JSON.stringify(url.domainToASCII('xn--iñvalid.com')));
console.log(url.urlToHttpOptions(new URL('https://a:b@example.com:8080/p?q=1#h')));
