#!/usr/bin/env python3
"""Lists the VMs of a Xenophilia Agent (or any XenAPI server) with Python's standard library only.

    xenapi-list-vms.py URL FINGERPRINT USER      e.g. https://127.0.0.1:8443/ AB:CD:... admin

The password is asked for on a terminal, or read as one line from standard input. The server's certificate
(self-signed) is accepted only if its SHA-256 fingerprint is FINGERPRINT, as 'xenophiliad fingerprint' prints it;
the check is made on the very connection the calls use.
"""
import getpass
import hashlib
import re
import ssl
import sys
import xmlrpc.client


def normalize(fingerprint):
    hexdigits = re.sub(r"[:\s-]", "", fingerprint.split("=")[-1]).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", hexdigits):
        raise SystemExit(f"not a SHA-256 fingerprint: {fingerprint}")
    return ":".join(hexdigits[i:i + 2] for i in range(0, 64, 2))


class PinnedTransport(xmlrpc.client.SafeTransport):
    """HTTPS with keep-alive that trusts exactly one certificate, by fingerprint."""

    def __init__(self, fingerprint):
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # replaced by the fingerprint check below
        super().__init__(context=context)
        self.fingerprint = normalize(fingerprint)

    def make_connection(self, host):
        connection = super().make_connection(host)
        if connection.sock is None:
            connection.connect()
        der = connection.sock.getpeercert(binary_form=True)
        presented = ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())
        if presented != self.fingerprint:
            connection.close()
            raise ssl.SSLError(f"server certificate {presented} is not the pinned {self.fingerprint}")
        return connection


def value(result):
    """Opens XenAPI's {Status, Value} envelope."""
    if result.get("Status") != "Success":
        raise SystemExit(f"XenAPI error: {result.get('ErrorDescription')}")
    return result["Value"]


def main(argv):
    if len(argv) != 4:
        raise SystemExit(__doc__)
    url, fingerprint, user = argv[1:]
    password = getpass.getpass() if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    api = xmlrpc.client.ServerProxy(url, transport=PinnedTransport(fingerprint))
    session = value(api.session.login_with_password(user, password, "2.21", "xenapi-list-vms.py"))
    try:
        for ref in value(api.VM.get_all(session)):
            vm = value(api.VM.get_record(session, ref))
            print(f"{vm['name_label']:<16} {vm['power_state']:<8} {int(vm['memory_static_max']) >> 20:>6} MiB"
                  f"  {vm['VCPUs_max']} vCPUs  {vm['uuid']}")
    finally:
        api.session.logout(session)


if __name__ == "__main__":
    try:
        main(sys.argv)
    except (OSError, xmlrpc.client.Error) as e:  # ssl.SSLError is an OSError
        raise SystemExit(f"xenapi-list-vms.py: {e}")
