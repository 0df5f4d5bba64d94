#!/usr/bin/env bash
# Runs one /bin/sh command as root in the booted dom0 over the harness's command channel (for tests that
# compare the Agent with xl run directly, or fetch the Agent's certificate fingerprint).
#
#   releng/e2e-xen/dom0-exec.sh [--run DIR] [--timeout S] [--id ID] [--out DIR] -- COMMAND...
#
# Prints the command's stdout and stderr, then on stderr "dom0-exec: rc=N dom0_s=S host_s=H" (S timed inside
# dom0, H on the host including ssh), and exits with the command's exit code; 255 = the channel is gone (infra).
# A dropped ssh connection does not lose the result (see e2e_dom0_run in lib.sh). Files: DIR/exec/ID.* unless
# --out. IDs must be unique per boot (default: a timestamp).
set -euo pipefail
E2E_SCRIPT=dom0-exec
. "$(dirname "$0")/lib.sh"
run=$E2E_WORK/run timeout=300 id='' out=''
while [ $# -gt 0 ]; do
    case $1 in
        --run) run=$2; shift 2 ;;
        --timeout) timeout=$2; shift 2 ;;
        --id) id=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --) shift; break ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) break ;;
    esac
done
[ $# -gt 0 ] || e2e_die $E2E_EXIT_SETUP "no command (dom0-exec.sh -- COMMAND...)"
run=$(readlink -m "$run")
[ -f "$run/ssh_config" ] || e2e_die $E2E_EXIT_SETUP "nothing booted in $run (boot.sh --run $run)"
[[ -z $id || $id =~ ^[A-Za-z0-9._-]+$ ]] || e2e_die $E2E_EXIT_SETUP "--id: letters, digits . _ - only"
id=${id:-cmd-$(date +%s%N)}
export E2E_EXEC_OUT=${out:-$run/exec}
rc=0
e2e_dom0_run "$run" "$id" "$timeout" "$*" || rc=$?
cat "$E2E_EXEC_OUT/$id.out"
cat "$E2E_EXEC_OUT/$id.err" >&2
times=$(cat "$E2E_EXEC_OUT/$id.time")
echo "dom0-exec: rc=$rc dom0_s=${times% *} host_s=${times#* }" >&2
exit $rc
