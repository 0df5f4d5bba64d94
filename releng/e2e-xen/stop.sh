#!/usr/bin/env bash
# Stops the dom0 that boot.sh started: a clean poweroff first (busybox init stops the services, destroys the
# guests, syncs and remounts / read-only, then Xen resets and QEMU exits because of -no-reboot), SIGTERM and
# then SIGKILL when that does not finish in time.
#
#   releng/e2e-xen/stop.sh [--run DIR] [--timeout S] [--artifacts DIR]
#
#   --run DIR        the boot's state directory (default $XENOPHILIA_E2E_WORK/run)
#   --timeout S      for the clean poweroff (default 180)
#   --artifacts DIR  collect first: live state over ssh (xl list/info/dmesg, dmesg, ps) into DIR/dom0-live/,
#                    and after QEMU is gone the serial log(s) and dom0's /var/log (read from the disk image with
#                    debugfs: works even when ssh is dead) into DIR/
# Exit: 0 clean stop (or nothing running), 2 QEMU had to be killed.
set -euo pipefail
E2E_SCRIPT=stop
. "$(dirname "$0")/lib.sh"

run=$E2E_WORK/run timeout=180 artifacts=
while [ $# -gt 0 ]; do
    case $1 in
        --run) run=$2; shift 2 ;;
        --timeout) timeout=$2; shift 2 ;;
        --artifacts) artifacts=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) e2e_die $E2E_EXIT_SETUP "unknown argument: $1" ;;
    esac
done
run=$(readlink -m "$run")
[ -f "$run/state.env" ] || [ -f "$run/qemu.pid" ] || { e2e_log "nothing booted in $run"; exit 0; }
pid=$(sed -n 's/^QEMU_PID=//p' "$run/state.env" 2>/dev/null || true)
[ -n "$pid" ] || pid=$(cat "$run/qemu.pid" 2>/dev/null || true)
have_ssh=false
[ -f "$run/ssh_config" ] && have_ssh=true

if [ -n "$artifacts" ] && e2e_qemu_alive "$pid" && $have_ssh; then
    mkdir -p "$artifacts/dom0-live"
    for c in "xl list" "xl list -l" "xl info" "xl dmesg" "dmesg" "ps -ef" "ip -br addr" "brctl show" \
            "ls -la /run/xenophilia-e2e /run/xenophilia-e2e/exec"; do
        timeout 60 ssh -F "$run/ssh_config" dom0 "$c" > "$artifacts/dom0-live/$(echo "$c" | tr -c 'A-Za-z0-9\n-' _).txt" 2>&1 || true
    done
    timeout 60 ssh -F "$run/ssh_config" dom0 'tar -C /run/xenophilia-e2e -cf - exec 2>/dev/null' \
        | tar -C "$artifacts/dom0-live" -xf - 2>/dev/null || true
    e2e_log "live dom0 state collected into $artifacts/dom0-live"
fi

rc=0
if e2e_qemu_alive "$pid"; then
    t=$(e2e_now)
    e2e_log "powering dom0 off (QEMU pid $pid)"
    if $have_ssh; then
        timeout 60 ssh -F "$run/ssh_config" -o ControlMaster=no dom0 /usr/local/sbin/e2e-poweroff >/dev/null 2>&1 ||
            e2e_log "the poweroff request over ssh failed; waiting anyway, then signals"
    fi
    if e2e_wait_until "$timeout" 1 "QEMU exited after the clean poweroff" bash -c "! kill -0 $pid 2>/dev/null"; then
        e2e_log "stopped cleanly in $(e2e_elapsed "$t")s"
    else
        rc=$E2E_EXIT_INFRA
        e2e_log "INFRA: no clean stop within ${timeout}s; SIGTERM to QEMU $pid"
        kill -TERM "$pid" 2>/dev/null || true
        if ! e2e_wait_until 20 1 "QEMU exited after SIGTERM" bash -c "! kill -0 $pid 2>/dev/null"; then
            e2e_log "INFRA: SIGKILL to QEMU $pid"
            kill -KILL "$pid" 2>/dev/null || true
            e2e_wait_until 20 1 "QEMU gone after SIGKILL" bash -c "! kill -0 $pid 2>/dev/null" || true
        fi
    fi
else
    e2e_log "QEMU ${pid:-?} is not running"
fi
$have_ssh && ssh -F "$run/ssh_config" -O exit dom0 >/dev/null 2>&1 || true

if [ -n "$artifacts" ]; then
    mkdir -p "$artifacts"
    cp "$run"/serial*.log "$run"/qemu*.stderr "$run/state.env" "$artifacts/" 2>/dev/null || true
    if [ -f "$run/dom0.img" ]; then
        mkdir -p "$artifacts/dom0-disk"
        debugfs -R "rdump /var/log $artifacts/dom0-disk" "$run/dom0.img" >/dev/null 2>&1 ||
            e2e_log "could not read /var/log from $run/dom0.img"
    fi
    e2e_log "artifacts: $artifacts"
fi
exit $rc
