// Prints the PEM of the certificate a TLS server presents, after checking that its SHA-256 fingerprint is the one
// given: the pin an admin compares with `xenophiliad fingerprint`. Given to Node as NODE_EXTRA_CA_CERTS, it lets a
// client that verifies certificates (as Xen Orchestra's does unless told not to) trust exactly that server.
//
//   node pinned-certificate.mjs https://127.0.0.1:8443/ AB:CD:...   > agent.pem
import tls from 'node:tls'

const [url, fingerprint] = process.argv.slice(2)
if (url === undefined || fingerprint === undefined) {
  console.error('usage: pinned-certificate.mjs URL SHA256-FINGERPRINT')
  process.exit(2)
}
const { hostname, port } = new URL(url)
const canonical = s => s.replace(/[:\s-]/g, '').toUpperCase()

// the certificate is checked here, by its fingerprint, instead of by a chain: nothing else is read on this connection
const socket = tls.connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || 443), rejectUnauthorized: false })
socket.setTimeout(30_000, () => {
  console.error(`pinned-certificate: no TLS handshake with ${url} within 30 s`)
  process.exit(1)
})
socket.on('error', error => {
  console.error(`pinned-certificate: ${url}: ${error.message}`)
  process.exit(1)
})
socket.on('secureConnect', () => {
  const cert = socket.getPeerCertificate()
  socket.end()
  if (canonical(cert.fingerprint256) !== canonical(fingerprint)) {
    console.error(`pinned-certificate: ${url} presents ${cert.fingerprint256}, not the pinned ${fingerprint}`)
    process.exit(1)
  }
  const base64 = cert.raw.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '')
  process.stdout.write(`-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`)
})
