// What Xen Orchestra does with a XenAPI host, done by its own client library (the npm package xen-api) against a
// Xenophilia Agent: connect and log in, read the pool and the method list, fill its object cache through the event
// watch (X.get_all_records of every class, then event.from), start a VM and see it in the cache through events,
// shut it down as an asynchronous task watched through events, and get xapi's error codes for refused calls.
//
//   node scenario.mjs --url https://127.0.0.1:8443/ --user admin --password-file FILE
//                     [--transport auto|json-rpc|xml-rpc] [--vm NAME] [--timeout SECONDS]
//
// The certificate is verified (give the Agent's as NODE_EXTRA_CA_CERTS: see pinned-certificate.mjs). Each check
// prints a line "ok <what>"; the last line is "PASSED ..." (exit 0), or "FAILED: <why>" (exit 1).
import diagnostics from 'node:diagnostics_channel'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { createClient } from 'xen-api'

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    user: { type: 'string' },
    'password-file': { type: 'string' },
    transport: { type: 'string', default: 'auto' },
    vm: { type: 'string' },
    timeout: { type: 'string', default: '60' },
  },
})
for (const required of ['url', 'user', 'password-file']) {
  if (args[required] === undefined) {
    console.error(`usage: scenario.mjs --url URL --user USER --password-file FILE [--transport T] [--vm NAME]`)
    process.exit(2)
  }
}
const timeoutMs = Number(args.timeout) * 1000

// the paths the library posted to, as undici reports them: /jsonrpc for JSON-RPC, /xmlrpc for XML-RPC
const paths = new Set()
diagnostics.subscribe('undici:request:create', ({ request }) => paths.add(request.path))

class Failure extends Error {}
const check = (condition, what) => {
  if (!condition) {
    throw new Failure(what)
  }
  console.log(`ok ${what}`)
}
const within = async (what, predicate) => {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) {
      throw new Failure(`${what}: not within ${args.timeout} s`)
    }
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  console.log(`ok ${what}`)
}
const refused = async (what, call, code) => {
  try {
    await call()
  } catch (error) {
    check(error.code === code && error.constructor.name === 'XapiError',
      `${what} is refused with the XenAPI error ${code} (got ${error.constructor.name} ${error.code}: ${error.message})`)
    return error
  }
  throw new Failure(`${what} was not refused`)
}

const xapi = createClient({
  url: args.url,
  auth: { user: args.user, password: readFileSync(args['password-file'], 'utf8').trim() },
  transport: args.transport,
  // as Xen Orchestra: verify the certificate, watch every class the server lists
  allowUnauthorized: false,
  syncStackTraces: true,
})

try {
  await xapi.connect()
  check(xapi.status === 'connected' && typeof xapi.sessionId === 'string', 'connected and logged in')
  check(xapi.pool !== undefined && typeof xapi.pool.uuid === 'string', `the pool record read (${xapi.pool.name_label || xapi.pool.uuid})`)

  await Promise.race([
    xapi.objectsFetched,
    new Promise((resolve, reject) => setTimeout(() => reject(new Failure('the object cache was not filled')), timeoutMs)),
  ])
  const cached = type => Object.values(xapi.objects.all).filter(o => o.$type === type)
  const vms = cached('VM')
  const byType = {}
  Object.values(xapi.objects.all).forEach(o => (byType[o.$type] = (byType[o.$type] ?? 0) + 1))
  check(vms.length > 0 && cached('host').length === 1 && cached('pool').length === 1,
    `the event watch filled the object cache (${vms.length} VMs, ${Object.keys(xapi.objects.all).length} objects: ${JSON.stringify(byType)})`)

  const records = await xapi.call('VM.get_all_records')
  check(Object.keys(records).length === vms.length && Object.keys(records).every(ref => xapi.getObjectByRef(ref, undefined) !== undefined),
    'VM.get_all_records lists the VMs of the cache')
  const control = Object.values(records).filter(r => r.is_control_domain)
  check(control.length === 1, 'one control domain')

  const guest = vms.find(vm => !vm.is_control_domain && vm.power_state === 'Halted' && (args.vm === undefined || vm.name_label === args.vm))
  check(guest !== undefined, `a halted VM to start${args.vm ? ` named ${args.vm}` : ''}`)
  const ref = guest.$ref
  const memory = Number(guest.memory_static_max)
  check(Number.isSafeInteger(memory) && memory > 0, `its memory is an int (${memory} bytes)`)

  await refused('unpausing a halted VM', () => xapi.call('VM.unpause', ref), 'VM_BAD_POWER_STATE')
  const unknown = await refused('an unknown method', () => xapi.call('VM.frobnicate', ref), 'MESSAGE_METHOD_UNKNOWN')
  check(unknown.params[0] === 'VM.frobnicate', 'the error names the method')

  await xapi.call('VM.start', ref, false, false)
  await within(`${guest.name_label} shows as Running in the cache, through events`,
    () => xapi.getObjectByRef(ref).power_state === 'Running')
  const running = xapi.getObjectByRef(ref)
  check(Number(running.domid) > 0 && running.resident_on === xapi.pool.master, 'it runs on the pool master with a domid')
  await refused('starting it again', () => xapi.call('VM.start', ref, false, false), 'VM_BAD_POWER_STATE')

  await xapi.callAsync('VM.hard_shutdown', ref)
  check(true, 'an asynchronous hard shutdown finished as a task watched through events')
  await within(`${guest.name_label} shows as Halted in the cache`, () => xapi.getObjectByRef(ref).power_state === 'Halted')

  const wire = paths.has('/jsonrpc') && !paths.has('/xmlrpc') ? 'JSON-RPC' : paths.has('/xmlrpc') && !paths.has('/jsonrpc') ? 'XML-RPC' : [...paths].join(',')
  console.log(`PASSED transport=${args.transport} wire=${wire} vms=${vms.length} objects=${Object.keys(xapi.objects.all).length}`)
  await xapi.disconnect()
  process.exit(0)
} catch (error) {
  console.log(`FAILED: ${error instanceof Failure ? error.message : error.stack ?? error}`)
  process.exit(1)
}
