#!/usr/bin/env bash
# Boots the dom0 image under QEMU (TCG) and returns once `xl` is usable in dom0 and the command channel works;
# QEMU keeps running in the background (stop it with stop.sh).
#
#   releng/e2e-xen/boot.sh [--image DIR] [--run DIR] [--ssh-port N] [--forward HOSTPORT:DOM0PORT]...
#                          [--guestfwd G:H]... [--timeout S] [--ready-cmd CMD] [--ready-timeout S] [--no-retry]
#
#   --image DIR         what build-image.sh wrote (default $XENOPHILIA_E2E_WORK/image); it is not modified: each
#                       boot runs on a fresh sparse copy (RUN/dom0.img), so a retry starts from a clean disk
#   --run DIR           where this boot keeps its state (default $XENOPHILIA_E2E_WORK/run)
#   --ssh-port N        host loopback port forwarded to dom0's sshd (default: the first free port from 10022)
#   --forward H:G       also forward 127.0.0.1:H to dom0 port G (e.g. the Agent's TLS port: --forward 18443:8443)
#   --guestfwd G:H      dom0 reaches host loopback port H at 10.0.2.100:G (QEMU's guestfwd, a socat per
#                       connection; the user network stays restricted otherwise), e.g. a server of guest images
#   --timeout S         QEMU start to "xl usable + ssh works" (default 900)
#   --ready-cmd CMD     a host command (bash -c) polled every 2 s after that until it succeeds, e.g. a TLS
#                       request to the Agent; fails at once when a service reports SERVICE-EXITED on the console
#   --ready-timeout S   for --ready-cmd (default 300)
#   --no-retry          do not retry a boot that never got ready
#
# dom0 gets a second virtio disk, /dev/vdb: RUN/data.img, empty and sparse, made fresh for each boot
# ($E2E_DATA_DISK_SIZE, default 4G: ImageDeployTest's Debian guest takes 2 GiB of it), for the lvm storage
# backend's volume group.
#
# Writes RUN/serial.log (Xen + dom0 console, each line stamped with host wall clock and seconds since QEMU
# started), RUN/qemu.pid, RUN/qemu.stderr, RUN/ssh_config (`ssh -F RUN/ssh_config dom0 xl list` works by hand),
# RUN/state.env (pid, ports, timings). A boot that never reaches XL-READY (timeout, QEMU exited, XL-FAILED) is an
# infrastructure hiccup: it is logged as INFRA and retried once with a fresh disk (the first serial log is kept as
# serial-attempt1.log). A --ready-cmd that never succeeds is a product failure and is not retried.
# Exit: 0 ready, 1 product failure (--ready-cmd), 2 infrastructure failure after the retry, 3 usage/setup error.
set -euo pipefail
E2E_SCRIPT=boot
. "$(dirname "$0")/lib.sh"
E2E_DATA_DISK_SIZE=${E2E_DATA_DISK_SIZE:-4G}

image=$E2E_WORK/image run=$E2E_WORK/run ssh_port='' forwards=() guestfwds=() timeout=900 ready_cmd='' ready_timeout=300 retry=true
while [ $# -gt 0 ]; do
    case $1 in
        --image) image=$2; shift 2 ;;
        --run) run=$2; shift 2 ;;
        --ssh-port) ssh_port=$2; shift 2 ;;
        --forward) [[ ${2:-} =~ ^[0-9]+:[0-9]+$ ]] || e2e_die $E2E_EXIT_SETUP "--forward wants HOSTPORT:DOM0PORT"
                   forwards+=("$2"); shift 2 ;;
        --guestfwd) [[ ${2:-} =~ ^[0-9]+:[0-9]+$ ]] || e2e_die $E2E_EXIT_SETUP "--guestfwd wants DOM0PORT:HOSTPORT"
                    guestfwds+=("$2"); shift 2 ;;
        --timeout) timeout=$2; shift 2 ;;
        --ready-cmd) ready_cmd=$2; shift 2 ;;
        --ready-timeout) ready_timeout=$2; shift 2 ;;
        --no-retry) retry=false; shift ;;
        -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
        *) e2e_die $E2E_EXIT_SETUP "unknown argument: $1" ;;
    esac
done
image=$(readlink -f "$image")
run=$(readlink -m "$run")
[ -f "$image/dom0.img" ] && [ -f "$image/boot/xen" ] || e2e_die $E2E_EXIT_SETUP "no image in $image (build-image.sh)"
[ -f "$E2E_SSH_KEY" ] || e2e_die $E2E_EXIT_SETUP "no ssh key $E2E_SSH_KEY (build-image.sh makes it)"
command -v qemu-system-x86_64 >/dev/null || e2e_die $E2E_EXIT_SETUP "qemu-system-x86_64 missing (build-base-image.sh installs it)"
mkdir -p "$run"
if [ -f "$run/state.env" ]; then
    old_pid=$(sed -n 's/^QEMU_PID=//p' "$run/state.env")
    e2e_qemu_alive "$old_pid" && e2e_die $E2E_EXIT_SETUP "QEMU $old_pid of $run is still running: stop.sh --run $run first"
fi
rm -rf "$run"/{exec,serial*.log,qemu*,state.env,ssh_config,ssh-probe.log,dom0.img,data.img}

[ -n "$ssh_port" ] || ssh_port=$(e2e_free_port 10022)
hostfwd="hostfwd=tcp:127.0.0.1:$ssh_port-:22"
for f in "${forwards[@]}"; do
    ss -Hltn "sport = :${f%%:*}" | grep -q . && e2e_die $E2E_EXIT_SETUP "host port ${f%%:*} is in use"
    hostfwd+=",hostfwd=tcp:127.0.0.1:${f%%:*}-:${f#*:}"
done
# guestfwd with a chardev serves one connection for the whole run; with cmd: each connection gets its own socat
for f in "${guestfwds[@]}"; do
    command -v socat > /dev/null || e2e_die $E2E_EXIT_SETUP "socat missing (--guestfwd needs it)"
    hostfwd+=",guestfwd=tcp:10.0.2.100:${f%%:*}-cmd:socat STDIO TCP:127.0.0.1:${f#*:}"
done

cat > "$run/ssh_config" <<EOF
Host dom0
    HostName 127.0.0.1
    Port $ssh_port
    User root
    IdentityFile $E2E_SSH_KEY
    IdentitiesOnly yes
    BatchMode yes
    StrictHostKeyChecking no
    UserKnownHostsFile /dev/null
    LogLevel ERROR
    ConnectTimeout 30
    ServerAliveInterval 10
    ServerAliveCountMax 6
    ControlMaster auto
    ControlPath /tmp/xenophilia-e2e-ssh-%C
    ControlPersist 600
EOF

# a multiplexing master left from an earlier boot on the same port would talk to a dead QEMU
ssh -F "$run/ssh_config" -O exit dom0 > /dev/null 2>&1 || true

# Xen: smap=0 is required under TCG (without it dom0 dies at its first instruction). dom0_max_vcpus=1: with two
# dom0 vCPUs, processes in dom0 had their memory corrupted while xl created domains and other xl processes ran
# (xl aborting in pthread/ld.so assertions, segfaults in ld.so, oxenstored GPF, the Agent's JVM crashing, a guest
# kernel read back as "unable to XZ decompress"; see README "Known flakiness"). E2E_XEN_EXTRA_ARGS is appended
# (later options win, e.g. E2E_XEN_EXTRA_ARGS=dom0_max_vcpus=2 to look at that again).
xen_args="console=com1 com1=115200,8n1 dom0_mem=1024M,max:1024M dom0_max_vcpus=1 smap=0${E2E_XEN_EXTRA_ARGS:+ $E2E_XEN_EXTRA_ARGS}"
dom0_args="root=/dev/vda rw console=hvc0 earlyprintk=xen init=/usr/local/lib/xenophilia-e2e/init"

qemu_pid=
kill_qemu() {
    [ -n "$qemu_pid" ] || return 0
    if e2e_qemu_alive "$qemu_pid"; then
        kill -TERM "$qemu_pid" 2>/dev/null || true
        e2e_wait_until 20 1 "QEMU $qemu_pid exited after SIGTERM" bash -c "! kill -0 $qemu_pid 2>/dev/null" ||
            kill -KILL "$qemu_pid" 2>/dev/null || true
    fi
    qemu_pid=
    ssh -F "$run/ssh_config" -O exit dom0 > /dev/null 2>&1 || true
}
trap 'kill_qemu' EXIT
trap 'exit 130' INT TERM

start_qemu() {
    local log=$1
    rm -f "$run/qemu.pid"
    cp --sparse=always "$image/dom0.img" "$run/dom0.img"
    # a second, empty disk (dom0's /dev/vdb): the lvm storage backend's physical volume; sparse, fresh per boot
    rm -f "$run/data.img"
    truncate -s "$E2E_DATA_DISK_SIZE" "$run/data.img"
    # the timestamper ends when QEMU closes the pipe; setsid: QEMU is not killed with the caller's process group
    # shellcheck disable=SC2086
    setsid bash -c '
        "$@" 2> "$E2E_RUN/qemu.stderr" < /dev/null |
            perl -MTime::HiRes=time -MPOSIX=strftime -ne '"'"'BEGIN { $| = 1; $s = time }
                $t = time; printf "[%s.%03d +%7.2f] %s", strftime("%H:%M:%S", localtime $t), ($t - int $t) * 1000,
                    $t - $s, $_'"'"' > "$E2E_LOG"' qemu \
        $E2E_NICE qemu-system-x86_64 -machine q35,accel=tcg -cpu max -smp 2 -m 2048 \
        -display none -serial stdio -monitor none -no-reboot -pidfile "$run/qemu.pid" \
        -drive "file=$run/dom0.img,if=virtio,format=raw,cache=unsafe" \
        -drive "file=$run/data.img,if=virtio,format=raw,cache=unsafe" \
        -netdev "user,id=n0,restrict=on,$hostfwd" -device virtio-net-pci,netdev=n0 \
        -kernel "$image/boot/xen" -append "$xen_args" \
        -initrd "$image/boot/vmlinuz $dom0_args,$image/boot/initrd.img" \
        < /dev/null >> "$run/qemu-wrapper.log" 2>&1 &
    # (the wrapper must not keep the caller's stdout/stderr open: `boot.sh | tee` would never see EOF)
    e2e_wait_until 60 0.2 "QEMU started" test -s "$run/qemu.pid" || return 1
    qemu_pid=$(cat "$run/qemu.pid")
    e2e_log "QEMU pid $qemu_pid, serial console: $log"
}

# boot_state LOG: what the boot has reached so far (printed), exit 0 = final
boot_state() {
    local log=$1
    if grep -q 'E2E-MARKER: XL-FAILED' "$log" 2>/dev/null; then echo xl-failed; return 0; fi
    if grep -q 'E2E-MARKER: XL-READY' "$log" 2>/dev/null; then echo xl-ready; return 0; fi
    if ! e2e_qemu_alive "$qemu_pid"; then echo qemu-exited; return 0; fi
    return 1
}

ssh_probe() { timeout 60 ssh -F "$run/ssh_config" dom0 'xl info > /dev/null' 2>> "$run/ssh-probe.log"; }

export E2E_RUN=$run
attempt=1 max_attempts=2
$retry || max_attempts=1
ready=false
t_boot=$(e2e_now)
while [ $attempt -le $max_attempts ]; do
    export E2E_LOG=$run/serial.log
    t_boot=$(e2e_now)
    e2e_log "boot attempt $attempt/$max_attempts: image $image, ssh 127.0.0.1:$ssh_port${forwards:+, forwards ${forwards[*]}}"
    reason=
    if ! start_qemu "$E2E_LOG"; then
        reason="QEMU did not start: $(tail -n 3 "$run/qemu.stderr" 2>/dev/null | tr '\n' ' ')"
    else
        deadline=$(( $(date +%s) + timeout ))
        state=
        while [ "$(date +%s)" -lt $deadline ]; do
            state=$(boot_state "$E2E_LOG") && break
            sleep 1
        done
        case $state in
            xl-ready)
                t_xl=$(e2e_elapsed "$t_boot")
                e2e_log "dom0 reports XL-READY after ${t_xl}s ($(grep -o 'XL-READY uptime=[0-9.]*' "$E2E_LOG"))"
                left=$(( deadline - $(date +%s) )); [ $left -gt 30 ] || left=30
                if e2e_wait_until $left 2 "ssh to dom0 runs xl info" ssh_probe; then
                    t_ssh=$(e2e_elapsed "$t_boot")
                    ready=true
                    break
                fi
                reason="XL-READY, but ssh to dom0 never ran xl info" ;;
            xl-failed) reason="dom0 reported XL-FAILED: $(grep -m1 'XL-FAILED' "$E2E_LOG")" ;;
            qemu-exited) reason="QEMU exited before XL-READY (see the end of the serial log: $(tail -n 2 "$E2E_LOG" | tr '\n' ' '))" ;;
            *) reason="no XL-READY within ${timeout}s" ;;
        esac
    fi
    e2e_log "INFRA: boot attempt $attempt failed: $reason"
    kill_qemu
    if [ $attempt -lt $max_attempts ]; then
        mv "$E2E_LOG" "$run/serial-attempt$attempt.log"
        [ -f "$run/qemu.stderr" ] && mv "$run/qemu.stderr" "$run/qemu-attempt$attempt.stderr"
        e2e_log "INFRA: retrying the boot once (infrastructure hiccup, not a product failure); first log kept: $run/serial-attempt$attempt.log"
    fi
    attempt=$((attempt + 1))
done
$ready || e2e_die $E2E_EXIT_INFRA "dom0 never became ready ($max_attempts attempt(s)); serial log: $E2E_LOG"

write_state() {
    {
        echo "QEMU_PID=$qemu_pid"
        echo "RUN_DIR=$run"
        echo "IMAGE_DIR=$image"
        echo "SSH_PORT=$ssh_port"
        echo "FORWARDS='${forwards[*]}'"
        echo "SERIAL_LOG=$E2E_LOG"
        echo "BOOT_ATTEMPTS=$attempt"
        echo "BOOT_STARTED='$(date -d "@${t_boot%.*}" -Is)'"
        echo "SECONDS_TO_XL_READY=$t_xl"
        echo "SECONDS_TO_SSH_READY=$t_ssh"
        echo "SECONDS_TO_SERVICES_READY=${t_ready:-}"
    } > "$run/state.env"
}
write_state

if [ -n "$ready_cmd" ]; then
    service_ok() {
        if grep -q 'E2E-MARKER: SERVICE-EXITED' "$E2E_LOG"; then return 2; fi
        bash -c "$ready_cmd" > /dev/null 2>&1 || return 1
    }
    deadline=$(( $(date +%s) + ready_timeout ))
    rc=1
    while [ "$(date +%s)" -lt $deadline ]; do
        rc=0; service_ok || rc=$?
        [ $rc = 1 ] || break
        sleep 2
    done
    if [ $rc != 0 ]; then
        e2e_log "PRODUCT: the services did not get ready: $([ $rc = 2 ] && grep -m1 'SERVICE-EXITED' "$E2E_LOG" || echo "--ready-cmd failed for ${ready_timeout}s")"
        e2e_log "service logs: ssh -F $run/ssh_config dom0 cat /var/log/xenophilia-e2e/NAME.log (QEMU left running for that; stop.sh --run $run)"
        trap - EXIT
        exit $E2E_EXIT_PRODUCT
    fi
    t_ready=$(e2e_elapsed "$t_boot")
    e2e_log "services ready (--ready-cmd) after ${t_ready}s"
    write_state
fi

trap - EXIT
e2e_log "READY: xl usable after ${t_xl}s, ssh after ${t_ssh}s (attempt $attempt): ssh -F $run/ssh_config dom0 xl list"
