#!/usr/bin/env bash
# The Agent tier of issue 4: the Agent's xl backend against a real Xen 4.17 under QEMU, tested from the host over
# TLS. Builds the dom0 image with the Agent's .deb from the reactor, starts xenophiliad (backend xl, TLS on 8443)
# as a dom0 service, forwards its port to host loopback, waits until it answers XML-RPC, reads its certificate
# fingerprint in dom0, runs the JUnit tests of tests/org.xenophilia.e2e.tests against it (the project's
# XenApiClient with the fingerprint pinned, and the XenServer Java SDK 8.1.0), prints the Agent-vs-xl overhead
# table, and always stops dom0 (in a trap) collecting the artifacts.
#
#   releng/e2e-xen/agent-tier.sh [--deb F.deb] [--artifacts DIR] [--rounds N] [--mvn-arg ARG]... [--keep-running]
#                                [--inject-crash S]
#
#   --deb F.deb      the Agent's package (default: releng/org.xenophilia.agent.deb/target/xenophilia-agent_*_all.deb,
#                    built by ./test.sh or ./mvnw -B verify -DskipTests)
#   --artifacts DIR  default target/e2e-xen/agent-tier-DATE (in the repo); printed at the start and the end:
#                    agent-tier.log, timings.tsv, overhead.tsv, junit.log, surefire-reports/, commands/ (every
#                    dom0 command), serial.log, xenophiliad.log (the Agent's log), dom0-live/ and dom0-disk/log/
#                    (dom0's /var/log: xl and guest console logs) -- kept whatever the outcome
#   --rounds N       samples per operation for the overhead table (default 2)
#   --mvn-arg ARG    extra argument for the Maven run of the tests (e.g. --mvn-arg -o for offline)
#   --keep-running   leave dom0 and the Agent running after a pass (stop: releng/e2e-xen/stop.sh --run RUN)
#   --inject-crash S to test this script: S seconds into the first test run, kill the Agent's JVM with SIGSEGV, as
#                    the memory corruption below does
#
# When tests fail and dom0 shows that its memory was corrupted (the JVM crashed, a process segfaulted, ld.so or
# glibc found their data broken: README "Known flakiness", a fault of Xen PV under QEMU's TCG reproduced without
# the Agent), the failed classes run once more on a fresh boot and decide the verdict.
#
# Exit: 0 passed; 1 product failure (the Agent never answered or died, a test failed, no test ran); 2
# infrastructure failure (dom0 never booted even after the one retry, the command channel was lost, no clean
# stop, dom0's memory was corrupted on both boots); 3 usage/setup error (not root, no .deb).
set -euo pipefail
E2E_SCRIPT=agent-tier
. "$(dirname "$0")/lib.sh"
repo=$(cd "$E2E_DIR/../.." && pwd)

deb='' art='' rounds=2 keep=false mvn_args=() inject_crash=''
while [ $# -gt 0 ]; do
    case $1 in
        --deb) deb=$2; shift 2 ;;
        --artifacts) art=$2; shift 2 ;;
        --rounds) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || e2e_die $E2E_EXIT_SETUP "--rounds wants a positive number"
                  rounds=$2; shift 2 ;;
        --mvn-arg) mvn_args+=("$2"); shift 2 ;;
        --keep-running) keep=true; shift ;;
        --inject-crash) [[ ${2:-} =~ ^[0-9]+$ ]] || e2e_die $E2E_EXIT_SETUP "--inject-crash wants seconds"
                        inject_crash=$2; shift 2 ;;
        -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
        *) e2e_die $E2E_EXIT_SETUP "unknown argument: $1" ;;
    esac
done
e2e_require_root
if [ -z "$deb" ]; then
    deb=$(ls -t "$repo"/releng/org.xenophilia.agent.deb/target/xenophilia-agent_*_all.deb 2>/dev/null | head -n 1 || true)
    [ -n "$deb" ] || e2e_die $E2E_EXIT_SETUP "no Agent .deb in releng/org.xenophilia.agent.deb/target: build the reactor first (./mvnw -B verify -DskipTests)"
fi
[ -f "$deb" ] || e2e_die $E2E_EXIT_SETUP "no such .deb: $deb"
deb=$(readlink -f "$deb")
art=$(readlink -m "${art:-$repo/target/e2e-xen/agent-tier-$(date +%Y%m%d-%H%M%S)}")
mkdir -p "$art/commands"
exec > >(tee -a "$art/agent-tier.log") 2>&1
image=$E2E_WORK/agent-image
run=$E2E_WORK/agent-run
setup=$E2E_WORK/agent-setup
export E2E_EXEC_OUT=$art/commands
timings=$art/timings.tsv
printf 'step\tseconds\tresult\n' > "$timings"
e2e_log "artifacts: $art"
e2e_log "Agent package: $deb"
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$timings"; }

booted=false
finish() {
    local rc=$1 what=$2
    trap - EXIT
    [ -z "${image_server:-}" ] || kill "$image_server" 2>/dev/null || true
    if $booted; then
        if [ "$rc" = 0 ] && $keep; then
            e2e_log "dom0 left running: ssh -F $run/ssh_config dom0; Agent https://127.0.0.1:${port:-?}/;" \
                "stop: releng/e2e-xen/stop.sh --run $run"
        else
            local t src=0
            t=$(e2e_now)
            "$E2E_DIR/stop.sh" --run "$run" --artifacts "$art" || src=$?
            record stop "$(e2e_elapsed "$t")" "$([ $src = 0 ] && echo ok || echo "rc=$src")"
            if [ $src != 0 ] && [ "$rc" = 0 ]; then rc=$E2E_EXIT_INFRA what="no clean stop"; fi
            cp "$art/dom0-disk/log/xenophilia-e2e/xenophiliad.log" "$art/xenophiliad.log" 2>/dev/null ||
                e2e_log "the Agent's log was not found in dom0's /var/log"
        fi
    fi
    record total "$(e2e_elapsed "$E2E_T0")" "$([ "$rc" = 0 ] && echo PASSED || echo "FAILED rc=$rc")"
    echo
    column -t -s $'\t' "$timings" 2>/dev/null || cat "$timings"
    if [ -s "$art/overhead.tsv" ]; then
        echo
        echo "Agent overhead: each operation through the Agent (host wall clock of the API call over TLS) against"
        echo "the same xl command run directly in dom0 (dom0 time); medians of $rounds round(s):"
        column -t -s $'\t' "$art/overhead.tsv" 2>/dev/null || cat "$art/overhead.tsv"
    fi
    if [ -s "$art/lvm-overhead.tsv" ]; then
        echo
        echo "LVM storage: VDI.create/destroy through the Agent against lvcreate/lvremove run directly in dom0:"
        column -t -s $'\t' "$art/lvm-overhead.tsv" 2>/dev/null || cat "$art/lvm-overhead.tsv"
    fi
    case $rc in
        0) e2e_log "PASSED in $(e2e_elapsed "$E2E_T0")s; artifacts: $art" ;;
        "$E2E_EXIT_INFRA") e2e_log "INFRASTRUCTURE FAILURE ($what), exit $rc: not a verdict on the Agent; artifacts: $art" ;;
        *) e2e_log "FAILED ($what), exit $rc; artifacts: $art" ;;
    esac
    exit "$rc"
}
trap 'finish $E2E_EXIT_INFRA "agent-tier.sh itself stopped unexpectedly (line $LINENO)"' EXIT
trap 'exit 130' INT TERM

# --- the Agent's set-up in dom0: a generated password, an admin and a read-only user, the xl backend ----------
rm -rf "$setup"
install -d -m 700 "$setup"
password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
[ ${#password} -ge 16 ] || e2e_die $E2E_EXIT_SETUP "could not generate a password"
( umask 077; printf '%s\n' "$password" > "$setup/e2e-password" )
cat > "$setup/start-agent.sh" <<'EOF'
#!/bin/sh
# xenophiliad as a dom0 service of the e2e image (written by releng/e2e-xen/agent-tier.sh): two users with the
# generated password (fewer PBKDF2 iterations than the default: TCG is slow), then the Agent with the xl backend.
# xl commands get 300 s instead of 60 (an `xl create` with a vif and a disk took over 60 s under TCG on a busy host).
# networking = linux (the xl backend's default, named so the tier says what it runs): the node's networks made real
# with ip, nft and dnsmasq; their tools get 120 s (30 by default) under TCG.
set -e
printf '\n# releng/e2e-xen/agent-tier.sh: TCG is slow\nxl.command-timeout = 300\nxl.shutdown-timeout = 300\nnetworking = linux\nlinux.command-timeout = 120\n' >> /etc/xenophilia/agent.conf
# the project's images, served by the host (agent-tier.sh) and reached through QEMU's guestfwd
printf 'images.sources = http://10.0.2.100:8080/busybox/catalog.xml http://10.0.2.100:8080/debian/catalog.xml\n' >> /etc/xenophilia/agent.conf
# udev, as on a real host: LVM waits for it to make the device nodes of the LVs it activates, and the Agent's lvm
# backend then runs LVM with the host's own configuration (only block devices are coldplugged: the network is up)
modprobe dm_mod || true
/lib/systemd/systemd-udevd --daemon && udevadm trigger --action=add --subsystem-match=block &&
    udevadm settle --timeout=60 || echo "udev did not start: the lvm backend makes LVM create the device nodes itself"
xenophiliad user add e2e-admin --role admin --iterations 10000 < /etc/xenophilia/e2e-password
xenophiliad user add e2e-viewer --role read-only --iterations 10000 < /etc/xenophilia/e2e-password
exec xenophiliad serve --config /etc/xenophilia/agent.conf --backend xl
EOF
chmod 755 "$setup/start-agent.sh"

t=$(e2e_now)
"$E2E_DIR/build-base-image.sh" || finish $? "base image"
record build-base-image "$(e2e_elapsed "$t")" ok
t=$(e2e_now)
"$E2E_DIR/build-image.sh" --out "$image" --deb "$deb" \
    --file "$setup/e2e-password:/etc/xenophilia/e2e-password" \
    --file "$setup/start-agent.sh:/usr/local/sbin/e2e-start-agent" \
    --service xenophiliad=/usr/local/sbin/e2e-start-agent || finish $? "build-image"
record build-image "$(e2e_elapsed "$t")" ok

# --- the images the tests deploy, served to dom0 from the host (ImageDeployTest) -----------------------------
# busybox (seconds) with the base's kernel and guest initrd, so it boots on Xen; Debian bookworm (debootstrap,
# cached like the base). Served by a plain HTTP server on host loopback, which dom0 reaches at 10.0.2.100:8080.
t=$(e2e_now)
served=$E2E_WORK/served-images
rm -rf "$served"
base_dir=$("$E2E_DIR/build-base-image.sh" --print-dir)
"$repo/releng/images/busybox/build.sh" "$served/busybox" --kernel "$base_dir/boot/vmlinuz" \
    --ramdisk "$base_dir/boot/guest-initrd.img" > "$art/images-busybox.log" 2>&1 ||
    finish $E2E_EXIT_PRODUCT "the busybox image recipe failed (images-busybox.log)"
"$repo/releng/images/debian/build.sh" "$served/debian" > "$art/images-debian.log" 2>&1 ||
    finish $E2E_EXIT_INFRA "the Debian image could not be built (images-debian.log)"
record build-images "$(e2e_elapsed "$t")" ok
image_port=$(e2e_free_port 28080)
python3 -m http.server --bind 127.0.0.1 --directory "$served" "$image_port" > "$art/image-server.log" 2>&1 &
image_server=$!

# --- boot; ready = the Agent answers an XML-RPC call through the forwarded TLS port ---------------------------
# a port away from the ones used by hand (18443) and by smoke.sh, free at this moment
port=$(e2e_free_port 28443)
ready_cmd="curl -ksS --max-time 20 -H 'Content-Type: text/xml' --data '<?xml version=\"1.0\"?><methodCall><methodName>system.listMethods</methodName><params/></methodCall>' https://127.0.0.1:$port/RPC2 | grep -q 'VM.start'"

# boot_dom0 SUFFIX: boots a fresh copy of the image (boot.sh copies it), waits for the Agent and reads the
# fingerprint of its certificate (new on each boot: the Agent makes it at its first start) into $fingerprint
boot_dom0() {
    local suffix=$1 t rc=0
    t=$(e2e_now)
    booted=true
    "$E2E_DIR/boot.sh" --image "$image" --run "$run" --forward "$port:8443" --guestfwd "8080:$image_port" \
        --ready-cmd "$ready_cmd" \
        --ready-timeout 600 || rc=$?
    [ $rc = 0 ] || finish $rc "boot$suffix (or the Agent never answered)"
    # shellcheck disable=SC1091
    . "$run/state.env"
    record "boot-to-xl-ready$suffix" "$SECONDS_TO_XL_READY" "attempt $BOOT_ATTEMPTS"
    record "boot-to-agent-ready$suffix" "$SECONDS_TO_SERVICES_READY" "QEMU start to the Agent answering on https://127.0.0.1:$port/"
    record "boot.sh$suffix" "$(e2e_elapsed "$t")" ok
    rc=0; "$E2E_DIR/dom0-exec.sh" --run "$run" --out "$art/commands" --id "fingerprint$suffix" --timeout 120 -- \
        xenophiliad fingerprint > "$art/fingerprint.txt" || rc=$?
    [ $rc = 255 ] && finish $E2E_EXIT_INFRA "command channel lost reading the fingerprint"
    [ $rc = 0 ] || finish $E2E_EXIT_PRODUCT "xenophiliad fingerprint failed in dom0 (exit $rc)"
    fingerprint=$(tr -d '[:space:]' < "$art/fingerprint.txt")
    [[ $fingerprint =~ ^[0-9A-Fa-f:]{64,95}$ ]] || finish $E2E_EXIT_PRODUCT "xenophiliad fingerprint printed no fingerprint: $fingerprint"
    e2e_log "the Agent's certificate: SHA-256 $fingerprint (pinned by the tests)"
}

# --- the JUnit tests, from the host over TLS -------------------------------------------------------------------
out=$art/junit-out
mkdir -p "$out"
module=$repo/tests/org.xenophilia.e2e.tests

# run_junit SUFFIX [TEST-CLASSES]: the tests (all, or the comma-separated classes) into $art/junit$SUFFIX.log
# and $art/surefire-reports (a rerun's reports replace the failed ones of the same classes); sets $junit_rc
run_junit() {
    local suffix=$1 tests=${2:-} t
    local -a select=()
    [ -n "$tests" ] && select=("-Dtest=$tests")
    rm -rf "$module/target/surefire-reports" "$out/INFRA"
    t=$(e2e_now)
    e2e_log "running the JUnit tests of tests/org.xenophilia.e2e.tests${tests:+ ($tests)} against https://127.0.0.1:$port/"
    junit_rc=0
    local injector=''
    if [ -n "$inject_crash" ] && [ -z "$suffix" ]; then
        ( sleep "$inject_crash"; e2e_log "--inject-crash: SIGSEGV to the Agent's JVM"
          "$E2E_DIR/dom0-exec.sh" --run "$run" --out "$art/commands" --id inject-crash --timeout 60 -- \
              pkill -SEGV -f org.xenophilia.agent.Xenophiliad ) &
        injector=$!
    fi
    (cd "$repo" && ./mvnw -B "${mvn_args[@]}" verify -pl tests/org.xenophilia.e2e.tests -am "${select[@]}" \
        -Dxenophilia.e2e.url="https://127.0.0.1:$port/" \
        -Dxenophilia.e2e.fingerprint="$fingerprint" \
        -Dxenophilia.e2e.user=e2e-admin -Dxenophilia.e2e.readOnlyUser=e2e-viewer \
        -Dxenophilia.e2e.passwordFile="$setup/e2e-password" \
        -Dxenophilia.e2e.run="$run" -Dxenophilia.e2e.out="$out" \
        -Dxenophilia.e2e.overheadRounds="$rounds") > "$art/junit$suffix.log" 2>&1 || junit_rc=$?
    [ -z "$injector" ] || kill "$injector" 2>/dev/null || true
    record "junit-tests$suffix" "$(e2e_elapsed "$t")" "$([ $junit_rc = 0 ] && echo ok || echo "rc=$junit_rc")"
    mkdir -p "$art/surefire-reports"
    cp -r "$module/target/surefire-reports/." "$art/surefire-reports/" 2>/dev/null || true
    cp "$out/overhead.tsv" "$out/overhead-samples.tsv" "$out/lvm-overhead.tsv" "$art/" 2>/dev/null || true
    grep -E 'Tests run:|<<< (FAILURE|ERROR)' "$art/junit$suffix.log" || true
}

# failed_classes: the simple names of the test classes whose report has a failure or an error, comma-separated
failed_classes() {
    grep -l -E '<testsuite [^>]*(failures|errors)="[1-9]' "$art"/surefire-reports/TEST-*.xml 2>/dev/null |
        sed 's/.*TEST-\(.*\)\.xml$/\1/; s/.*\.//' | paste -s -d, -
}

# corruption_evidence DIR: prints the first sign, in the artifacts stop.sh collected into DIR, that dom0's memory
# was corrupted under TCG (README "Known flakiness": reproduced with xl alone, no Agent), and fails when there is
# none. Only what our Java code cannot cause counts: the JVM itself crashing, a process's segfault or a kernel
# fault in dom0, the dynamic loader or glibc finding their own data broken (in the Agent's log, or in an error the
# Agent passed on from xl to a test).
corruption_evidence() {
    local dir=$1
    grep -h -m 1 -E 'A fatal error has been detected by the Java Runtime|(malloc|free|realloc)\(\): [a-z ]*(corrupt|invalid)|double free or corruption|Inconsistency detected by ld\.so|symbol lookup error|pthread_mutex_lock\.c:[0-9]+: .*Assertion|tpp\.c:[0-9]+: .*Assertion' \
        "$dir/dom0-disk/log/xenophilia-e2e/xenophiliad.log" "$dir"/surefire-reports/*.txt 2>/dev/null && return 0
    grep -h -m 1 -E 'segfault at [0-9a-f]+ ip|general protection fault|Bad page state|BUG: unable to handle|SERVICE-EXITED xenophiliad rc=1(34|39) ' \
        "$dir/dom0-live/dmesg.txt" "$dir"/serial*.log 2>/dev/null && return 0
    return 1
}

boot_dom0 ""
run_junit ""
if [ $junit_rc != 0 ] && [ ! -s "$out/INFRA" ]; then
    # When dom0's memory was corrupted, the failures say nothing about the Agent: the failed classes run again,
    # once, on a fresh boot, and decide the verdict (the first boot's artifacts stay in boot1/)
    failed=$(failed_classes)
    t=$(e2e_now)
    "$E2E_DIR/stop.sh" --run "$run" --artifacts "$art/boot1" || true
    record stop-boot1 "$(e2e_elapsed "$t")" ok
    booted=false
    cp -r "$art/surefire-reports" "$art/boot1/"
    if [ -n "$failed" ] && evidence=$(corruption_evidence "$art/boot1"); then
        e2e_log "dom0's memory was corrupted during the tests (${evidence:0:200}): not a verdict on the Agent;" \
            "running the failed classes again on a fresh boot: $failed"
        echo "$evidence" > "$art/boot1/CORRUPTION"
        boot_dom0 "-boot2"
        run_junit "-boot2" "$failed"
    fi
fi
if [ $junit_rc != 0 ]; then
    if [ -s "$out/INFRA" ]; then
        finish $E2E_EXIT_INFRA "$(head -n 1 "$out/INFRA")"
    fi
    last_log=$art/junit.log
    [ -f "$art/junit-boot2.log" ] && last_log=$art/junit-boot2.log
    { sed -n '/<<< \(FAILURE\|ERROR\)!/,/^$/p' "$last_log" | head -n 60; } || true
    if [ -f "$art/boot1/CORRUPTION" ] && $booted; then
        "$E2E_DIR/stop.sh" --run "$run" --artifacts "$art" || true
        booted=false
        cp "$art/dom0-disk/log/xenophilia-e2e/xenophiliad.log" "$art/xenophiliad.log" 2>/dev/null || true
        if evidence=$(corruption_evidence "$art"); then
            finish $E2E_EXIT_INFRA "dom0's memory was corrupted on both boots (${evidence:0:200})"
        fi
    fi
    finish $E2E_EXIT_PRODUCT "the JUnit tests failed ($(basename "$last_log"), surefire-reports/)"
fi
# every test must really have run: a skipped test here means the tier proved nothing
totals=$(cat "$art"/surefire-reports/TEST-*.xml 2>/dev/null |
    sed -n 's/.*<testsuite [^>]*tests="\([0-9]*\)"[^>]*skipped="\([0-9]*\)".*/\1 \2/p' |
    awk '{ t += $1; s += $2 } END { print t + 0, s + 0 }')
read -r ran skipped <<< "$totals"
e2e_log "JUnit: $ran tests, $skipped skipped"
[ "$ran" -gt 0 ] || finish $E2E_EXIT_PRODUCT "no JUnit test ran"
[ "$skipped" = 0 ] || finish $E2E_EXIT_PRODUCT "$skipped JUnit test(s) were skipped against a real Xen"
[ -f "$art/boot1/CORRUPTION" ] &&
    e2e_log "passed on the second boot: the classes that failed when dom0's memory was corrupted ($failed) passed"
finish 0 ""
