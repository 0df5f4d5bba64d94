#!/usr/bin/env bash
# End-to-end proof that the harness works: base image (cached) + image + boot + the xl life cycle of the test
# PV guest in dom0 over the command channel + stop. Exit 0 only if every step passed.
#
#   releng/e2e-xen/smoke.sh [--artifacts DIR] [--keep-running]
#
#   --artifacts DIR   where to keep smoke.log, timings.tsv, every dom0 command (commands/NAME.{cmd,out,err,rc,time})
#                     and, on failure, the serial log, dom0's live state and /var/log (default
#                     $XENOPHILIA_E2E_CACHE/artifacts/smoke-DATE); printed at the start and the end
#   --keep-running    leave dom0 running afterwards (ssh -F $XENOPHILIA_E2E_WORK/smoke-run/ssh_config dom0)
#
# Steps (each dom0 command is timed in dom0 and on the host): xl info; xl create of e2e-pv (vif on xenbr0 +
# file-backed disk); poll xl list until it runs and its console shows E2E-GUEST-READY with xvda and eth0; both
# devices in xl network-list/block-list; ping from dom0; xl pause/unpause (state checked); xl mem-set 100m (polled
# until xl list shows 100); xl shutdown -w (polled until gone); xl create of e2e-pv-min; xl destroy; only Domain-0
# left; clean stop. Before that it builds a demo .deb (a Java HTTP service, demo-service/) and passes it through
# the hooks the Agent will use (--deb, --service, --forward, --ready-cmd), and asks it to run xl list.
# Exit: 0 all passed, 1 a product (xl/Xen/guest) failure, 2 an infrastructure failure (boot never got ready even
# after the one retry, command channel lost, no clean stop), 3 usage/setup error.
set -euo pipefail
E2E_SCRIPT=smoke
. "$(dirname "$0")/lib.sh"

art='' keep=false
while [ $# -gt 0 ]; do
    case $1 in
        --artifacts) art=$2; shift 2 ;;
        --keep-running) keep=true; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) e2e_die $E2E_EXIT_SETUP "unknown argument: $1" ;;
    esac
done
art=$(readlink -m "${art:-$E2E_CACHE/artifacts/smoke-$(date +%Y%m%d-%H%M%S)}")
mkdir -p "$art/commands"
exec > >(tee -a "$art/smoke.log") 2>&1
image=$E2E_WORK/smoke-image
run=$E2E_WORK/smoke-run
export E2E_EXEC_OUT=$art/commands
timings=$art/timings.tsv
printf 'step\tdom0_s\thost_s\tresult\n' > "$timings"
e2e_log "artifacts: $art"

record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$timings"; }

booted=false
finish() {
    local rc=$1 what=$2
    trap - EXIT
    if $booted; then
        if [ "$rc" = 0 ] && $keep; then
            e2e_log "dom0 left running: ssh -F $run/ssh_config dom0; stop: releng/e2e-xen/stop.sh --run $run"
        else
            local t src=0
            t=$(e2e_now)
            if [ "$rc" = 0 ]; then "$E2E_DIR/stop.sh" --run "$run" || src=$?
            else "$E2E_DIR/stop.sh" --run "$run" --artifacts "$art" || src=$?
            fi
            record stop - "$(e2e_elapsed "$t")" "$([ $src = 0 ] && echo ok || echo "rc=$src")"
            if [ $src != 0 ] && [ "$rc" = 0 ]; then rc=$E2E_EXIT_INFRA what="no clean stop"; fi
        fi
    fi
    cp "$run"/serial*.log "$run/state.env" "$art/" 2>/dev/null || true
    record total - "$(e2e_elapsed "$E2E_T0")" "$([ "$rc" = 0 ] && echo PASSED || echo "FAILED rc=$rc")"
    echo
    column -t -s $'\t' "$timings" 2>/dev/null || cat "$timings"
    if [ "$rc" = 0 ]; then e2e_log "PASSED in $(e2e_elapsed "$E2E_T0")s; artifacts: $art"
    else e2e_log "FAILED ($what), exit $rc; artifacts: $art"
    fi
    exit "$rc"
}
trap 'finish $E2E_EXIT_INFRA "smoke.sh itself stopped unexpectedly (line $LINENO)"' EXIT
trap 'exit 130' INT TERM
product() { e2e_log "PRODUCT FAILURE: $*"; finish $E2E_EXIT_PRODUCT "$*"; }

# --- build + boot -------------------------------------------------------------------------------------------
t=$(e2e_now)
"$E2E_DIR/build-base-image.sh" || finish $? "base image"
record build-base-image - "$(e2e_elapsed "$t")" ok
# the demo service stands in for the Agent: a Java service in a .deb, started by dom0 once xl works, reached
# from the host through a forwarded port -- the exact hooks issue 4 uses for xenophiliad
t=$(e2e_now)
demo_deb=$("$E2E_DIR/demo-service/build-deb.sh" "$art/demo") || finish $E2E_EXIT_SETUP "demo service .deb"
record build-demo-deb - "$(e2e_elapsed "$t")" ok
t=$(e2e_now)
"$E2E_DIR/build-image.sh" --out "$image" --deb "$demo_deb" --service demo='xenophilia-e2e-demo 8443' ||
    finish $? "build-image"
record build-image - "$(e2e_elapsed "$t")" ok
demo_port=$(e2e_free_port 18443)
t=$(e2e_now)
booted=true
rc=0; "$E2E_DIR/boot.sh" --image "$image" --run "$run" --forward "$demo_port:8443" \
    --ready-cmd "curl -fsS --max-time 10 http://127.0.0.1:$demo_port/ready" || rc=$?
[ $rc = 0 ] || finish $rc "boot"
# shellcheck disable=SC1091
. "$run/state.env"
record boot-to-xl-ready - "$SECONDS_TO_XL_READY" "attempt $BOOT_ATTEMPTS"
record boot-to-ssh-ready - "$SECONDS_TO_SSH_READY" "attempt $BOOT_ATTEMPTS"
record boot-to-service-ready - "$SECONDS_TO_SERVICES_READY" "attempt $BOOT_ATTEMPTS"
record boot.sh - "$(e2e_elapsed "$t")" ok
t=$(e2e_now)
curl -fsS --max-time 60 "http://127.0.0.1:$demo_port/xl-list" > "$art/commands/demo-xl-list.out" ||
    product "the demo service could not run xl list"
record demo-service-xl-list - "$(e2e_elapsed "$t")" ok
grep -q '^Domain-0 ' "$art/commands/demo-xl-list.out" || product "the demo service's xl list shows no Domain-0"

# --- the xl life cycle --------------------------------------------------------------------------------------
# op NAME TIMEOUT COMMAND: one dom0 command; a non-zero exit is a product failure, a lost channel an infra one
op() {
    local name=$1 tmo=$2 cmd=$3 rc=0 times
    e2e_dom0_run "$run" "$name" "$tmo" "$cmd" || rc=$?
    times=$(cat "$E2E_EXEC_OUT/$name.time")
    record "$name" "${times% *}" "${times#* }" "$([ $rc = 0 ] && echo ok || echo "rc=$rc")"
    e2e_log "$name: rc=$rc, ${times% *}s in dom0, ${times#* }s from the host"
    [ $rc = 255 ] && finish $E2E_EXIT_INFRA "command channel lost during $name"
    if [ $rc != 0 ]; then
        sed 's/^/    stdout: /' "$E2E_EXEC_OUT/$name.out" | tail -n 20
        sed 's/^/    stderr: /' "$E2E_EXEC_OUT/$name.err" | tail -n 20
        product "$name exited $rc: $cmd"
    fi
}
out() { cat "$E2E_EXEC_OUT/$1.out"; }
# poll_in_dom0 NAME TIMEOUT CONDITION: polls the /bin/sh CONDITION in dom0 every 0.2 s (timed in dom0)
poll_in_dom0() {
    op "$1" $(($2 + 30)) "end=\$((\$(date +%s) + $2)); until $3; do [ \$(date +%s) -lt \$end ] || { echo 'not reached within $2 s' >&2; exit 1; }; sleep 0.2; done"
}
# state_of DOMAIN: prints the State column of xl list, flags r b p s c d (running on a CPU, blocked, paused,
# shut down, crashed, dying). "Running" in the API's sense = none of p s c d: r-----, -b---- or ------ (runnable).
state_of() { echo "xl list $1 2>/dev/null | awk 'NR == 2 { print \$5 }'"; }
console=/var/log/xen/console/guest-e2e-pv.log

op xl-info 120 'xl info'
grep -Eq '^xen_version +: 4\.17' "$E2E_EXEC_OUT/xl-info.out" || product "xl info shows no Xen 4.17"
grep -Eq '^free_memory +: [0-9]+' "$E2E_EXEC_OUT/xl-info.out" || product "xl info shows no free_memory"
op xl-list 60 'xl list'
grep -q '^Domain-0 ' "$E2E_EXEC_OUT/xl-list.out" || product "xl list shows no Domain-0"

op xl-create 300 "rm -f $console; xl create /root/guests/e2e-pv.cfg"
poll_in_dom0 wait-running 120 "$(state_of e2e-pv) | grep -q '^..----\$'"
poll_in_dom0 wait-guest-console 180 "grep -q E2E-GUEST-READY $console 2>/dev/null"
op guest-console 30 "grep E2E-GUEST-READY $console"
grep -q 'disks=xvda' "$E2E_EXEC_OUT/guest-console.out" || product "the guest does not see its disk xvda: $(out guest-console)"
grep -q 'net=eth0:192.168.77.2:00:16:3e:00:e2:02' "$E2E_EXEC_OUT/guest-console.out" || product "the guest has no eth0 with its address: $(out guest-console)"
op xl-network-list 60 'xl network-list e2e-pv'
[ "$(out xl-network-list | grep -c '^[0-9]')" = 1 ] || product "xl network-list does not show one vif"
op xl-block-list 60 'xl block-list e2e-pv'
[ "$(out xl-block-list | grep -c '^[0-9]')" = 1 ] || product "xl block-list does not show one vbd"
poll_in_dom0 ping-guest 60 'busybox ping -c 1 -W 2 192.168.77.2 > /dev/null'

op xl-pause 60 'xl pause e2e-pv'
op check-paused 60 "$(state_of e2e-pv)"
[[ $(out check-paused) =~ ^..p ]] || product "after xl pause the state is '$(out check-paused)', not --p---"
op xl-unpause 60 'xl unpause e2e-pv'
op check-unpaused 60 "$(state_of e2e-pv)"
[[ $(out check-unpaused) =~ ^..----$ ]] || product "after xl unpause the state is '$(out check-unpaused)'"

op xl-mem-set 60 'xl mem-set e2e-pv 100m'
poll_in_dom0 wait-mem-100 90 "xl list e2e-pv | awk 'NR == 2 && \$3 == 100 { f = 1 } END { exit !f }'"

op xl-shutdown-w 180 'xl shutdown -w e2e-pv'
poll_in_dom0 wait-gone 120 '! xl list e2e-pv > /dev/null 2>&1'
op guest-poweroff-seen 30 "grep -c E2E-GUEST-POWEROFF $console || true" # informative: the console may end first

op xl-create-min 300 'xl create /root/guests/e2e-pv-min.cfg'
poll_in_dom0 wait-running-min 120 "$(state_of e2e-pv-min) | grep -q '^..----\$'"
op xl-destroy 180 'xl destroy e2e-pv-min'
op xl-list-final 60 'xl list'
[ "$(out xl-list-final | wc -l)" = 2 ] || product "domains left over: $(out xl-list-final | tail -n +3 | tr '\n' ' ')"

finish 0 ""
