# shellcheck shell=bash disable=SC2034
# Shared helpers of the real-Xen e2e harness. Sourced by the scripts beside it; not run on its own.
#
# Environment (all optional):
#   XENOPHILIA_E2E_CACHE  cache root (base rootfs, ssh key, images); default $HOME/.cache/xenophilia-e2e
#   XENOPHILIA_E2E_WORK   where build-image.sh writes and boot.sh runs; default $XENOPHILIA_E2E_CACHE/work
#   E2E_NICE              prefix for the CPU-heavy commands (debootstrap, apt in the chroot, QEMU);
#                         default "nice -n 19" so that a shared machine stays usable; set E2E_NICE= to disable
#   E2E_XEN_EXTRA_ARGS    appended to Xen's command line by boot.sh (later options win), e.g. dom0_max_vcpus=2

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
E2E_CACHE=${XENOPHILIA_E2E_CACHE:-$HOME/.cache/xenophilia-e2e}
E2E_WORK=${XENOPHILIA_E2E_WORK:-$E2E_CACHE/work}
E2E_NICE=${E2E_NICE-nice -n 19}
E2E_SUITE=bookworm
# Exit codes shared by every script: 0 passed, 1 product/test failure, 2 infrastructure failure
# (even after the one retry), 3 usage or setup error.
E2E_EXIT_PRODUCT=1
E2E_EXIT_INFRA=2
E2E_EXIT_SETUP=3

# --- logging: host wall clock + seconds since the script started --------------------------------------------
E2E_T0=${E2E_T0:-$(date +%s.%N)}
export E2E_T0
e2e_now() { date +%s.%N; }
# e2e_elapsed START [END]: seconds between two e2e_now stamps, 1 decimal
e2e_elapsed() { awk -v s="$1" -v e="${2:-$(date +%s.%N)}" 'BEGIN{printf "%.1f", e-s}'; }
e2e_log() {
    printf '%s [+%6ss] %s: %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$(e2e_elapsed "$E2E_T0")" \
        "${E2E_SCRIPT:-e2e}" "$*" >&2
}
e2e_die() { # e2e_die EXIT_CODE MESSAGE
    local rc=$1; shift
    e2e_log "FAILED: $*"
    exit "$rc"
}

# --- waiting: every wait is a poll against a deadline ------------------------------------------------------
# e2e_wait_until TIMEOUT_S INTERVAL_S DESCRIPTION COMMAND...: runs COMMAND until it succeeds or the deadline
# passes; returns 0 on success, 1 on timeout. Logs the time it took.
e2e_wait_until() {
    local timeout=$1 interval=$2 what=$3; shift 3
    local start deadline
    start=$(e2e_now)
    deadline=$(( $(date +%s) + timeout ))
    while :; do
        if "$@"; then
            e2e_log "$what: after $(e2e_elapsed "$start")s"
            return 0
        fi
        if (( $(date +%s) >= deadline )); then
            e2e_log "$what: NOT reached within ${timeout}s"
            return 1
        fi
        sleep "$interval"
    done
}

e2e_require_root() {
    [ "$(id -u)" = 0 ] || e2e_die $E2E_EXIT_SETUP "must run as root (debootstrap, chroot and file ownership in the image)"
}

# e2e_ensure_host_packages PKG...: installs the missing ones with apt
e2e_ensure_host_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    e2e_log "installing host packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# e2e_apt_entries: the machine's own apt sources as one-line "deb URI SUITE COMPONENTS" entries, for the
# suites of $E2E_SUITE (main, -updates, -security). The repo never names a mirror: it is read here at run time
# from /etc/apt/sources.list.d/*.sources (deb822) and /etc/apt/sources.list.
e2e_apt_entries() {
    {
        local f
        for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk '
                function flush() {
                    if (types ~ /(^| )deb( |$)/ && uris != "" && enabled != "no") {
                        n = split(uris, u, " "); m = split(suites, s, " ")
                        for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) print "deb " u[i] " " s[j] " " comps
                    }
                    types = uris = suites = comps = enabled = ""
                }
                /^[ \t]*#/ { next }
                /^[ \t]*$/ { flush(); next }
                { key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^ +/, "") }
                key == "types" { types = $0 } key == "uris" { uris = $0 } key == "suites" { suites = $0 }
                key == "components" { comps = $0 } key == "enabled" { enabled = tolower($0) }
                END { flush() }' "$f"
        done
        if [ -f /etc/apt/sources.list ]; then
            # drop [options] such as signed-by: the chroot has its own keyring
            sed -n 's/^[ \t]*deb[ \t]\+\(\[[^]]*\][ \t]\+\)\?/deb /p' /etc/apt/sources.list
        fi
    } | awk -v suite="$E2E_SUITE" '$3 == suite || index($3, suite "-") == 1 { if (!seen[$0]++) print }'
}

# e2e_mirror: the first Debian archive URI of the machine (for debootstrap)
e2e_mirror() {
    e2e_apt_entries | awk -v suite="$E2E_SUITE" '$3 == suite { print $2; exit }'
}

# --- ssh command channel -----------------------------------------------------------------------------------
E2E_SSH_KEY=$E2E_CACHE/ssh/id_ed25519
e2e_ensure_ssh_key() {
    if [ ! -f "$E2E_SSH_KEY" ]; then
        mkdir -p "$(dirname "$E2E_SSH_KEY")"
        chmod 700 "$(dirname "$E2E_SSH_KEY")"
        ssh-keygen -q -t ed25519 -N '' -C xenophilia-e2e -f "$E2E_SSH_KEY.tmp.$$"
        mv "$E2E_SSH_KEY.tmp.$$.pub" "$E2E_SSH_KEY.pub"
        mv "$E2E_SSH_KEY.tmp.$$" "$E2E_SSH_KEY"
    fi
}

# Host packages every script of the harness needs (build-base-image.sh installs them).
E2E_HOST_PACKAGES=(qemu-system-x86 qemu-utils debootstrap e2fsprogs cpio busybox-static openssh-client gzip perl
    util-linux iproute2 curl socat)

# e2e_base_key: the cache key of the base rootfs (set by build-base-image.sh's package lists)
e2e_base_dir() { echo "$E2E_CACHE/base/$1"; }

# in_chroot CMD...: runs CMD in the chroot inside a private mount namespace with /proc, /sys and /dev/pts
# mounted; the namespace ends with the command, so no mount can outlive an interrupted build.
e2e_in_chroot() { # e2e_in_chroot ROOTFS CMD...
    local R=$1; shift
    unshare --mount --propagation private -- /bin/sh -c '
        R=$1; shift
        mount -t proc proc "$R/proc" && mount -t sysfs sys "$R/sys" && mount --bind /dev "$R/dev" &&
        mount -t devpts devpts "$R/dev/pts" 2>/dev/null; exec chroot "$R" "$@"' sh "$R" \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        $E2E_NICE "$@"
}


# --- a booted dom0 (boot.sh writes RUN/state.env and RUN/ssh_config) ----------------------------------------
# e2e_ssh RUN ARGS...: ssh to dom0 as root over the forwarded port (multiplexed connection)
e2e_ssh() {
    local run=$1; shift
    ssh -F "$run/ssh_config" dom0 "$@"
}

# e2e_dom0_run RUN ID TIMEOUT_S COMMAND: runs the /bin/sh COMMAND as root in dom0 through e2e-exec, so that a
# dropped ssh connection loses no result: on ssh failure (255) or a hung channel the result is fetched again
# with e2e-result, and a command that never started is launched once more (both logged as INFRA). Writes
# $E2E_EXEC_OUT/ID.{cmd,out,err,rc,time} (default E2E_EXEC_OUT=RUN/exec; time = "DOM0_S HOST_S") and returns
# the command's exit code; 255 means the command channel is gone (an infrastructure failure).
e2e_dom0_run() {
    local run=$1 id=$2 tmo=$3 cmd=$4 out=${E2E_EXEC_OUT:-$1/exec}
    local t rc secs launches=1 fetches=0
    mkdir -p "$out"
    printf '%s\n' "$cmd" > "$out/$id.cmd"
    t=$(e2e_now)
    timeout $((tmo + 60)) ssh -F "$run/ssh_config" dom0 /usr/local/sbin/e2e-exec "$id" "$tmo" - \
        < "$out/$id.cmd" > "$out/$id.out" 2> "$out/$id.err"
    rc=$?
    # a result is genuine when e2e-result's trailer line came through; anything else is the channel's doing
    while ! grep -q '^E2E-EXEC rc=' "$out/$id.err"; do
        if grep -q '^e2e-result: no command' "$out/$id.err"; then
            if [ $launches -ge 2 ]; then rc=255; break; fi
            launches=$((launches + 1))
            e2e_log "INFRA: dom0 command $id never started (the connection dropped first); launching it once more"
            timeout $((tmo + 60)) ssh -F "$run/ssh_config" dom0 /usr/local/sbin/e2e-exec "$id" "$tmo" - \
                < "$out/$id.cmd" > "$out/$id.out" 2> "$out/$id.err"
            rc=$?
            continue
        fi
        fetches=$((fetches + 1))
        if [ $fetches -gt 3 ]; then rc=255; break; fi
        e2e_log "INFRA: no result for dom0 command $id (ssh exit $rc: $(tail -n 1 "$out/$id.err")); fetching it again"
        if ! e2e_wait_until 180 2 "command channel back" ssh -F "$run/ssh_config" dom0 true; then rc=255; break; fi
        timeout $((tmo + 60)) ssh -F "$run/ssh_config" dom0 /usr/local/sbin/e2e-result "$id" \
            > "$out/$id.out" 2> "$out/$id.err"
        rc=$?
    done
    secs=$(sed -n 's/^E2E-EXEC rc=[0-9]* seconds=//p' "$out/$id.err" | tail -n 1)
    sed -i '/^E2E-EXEC rc=[0-9]* seconds=/d' "$out/$id.err"
    echo "${secs:-?} $(e2e_elapsed "$t")" > "$out/$id.time"
    echo "$rc" > "$out/$id.rc"
    [ $rc = 255 ] && e2e_log "INFRA: the command channel to dom0 is gone (dom0 command $id)"
    return "$rc"
}

# e2e_qemu_alive PID: is PID a running qemu-system process?
e2e_qemu_alive() {
    [ -n "${1:-}" ] && [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -q '^[^ ]*qemu-system'
}

# e2e_free_port START: the first TCP port >= START nobody listens on at 127.0.0.1
e2e_free_port() {
    local p=$1
    while ss -Hltn "sport = :$p" | grep -q .; do p=$((p + 1)); done
    echo "$p"
}
