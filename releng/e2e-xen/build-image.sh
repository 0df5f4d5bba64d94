#!/usr/bin/env bash
# Layers the per-run parts onto a copy of the cached base rootfs and writes a bootable dom0 disk image.
#
#   releng/e2e-xen/build-image.sh [--deb FILE.deb]... [--file SRC:DEST]... [--service NAME=COMMAND]...
#                                 [--out DIR] [--size 3G] [--keep-rootfs]
#
#   --deb FILE.deb        installed with dpkg in the chroot (missing dependencies: apt-get -f install from the
#                         machine's mirror). The Agent's .deb comes in here.
#   --file SRC:DEST       copies a host file into the image (e.g. a TLS keystore, a config under /etc/xenophilia/)
#   --service NAME=CMD    dom0 starts CMD (a /bin/sh command line, run as root in /) once `xl` is usable, logs its
#                         output to /var/log/xenophilia-e2e/NAME.log and reports SERVICE-STARTED / SERVICE-EXITED
#                         on the serial console. It is not restarted: a service that dies is a product failure.
#   --out DIR             where to write (default $XENOPHILIA_E2E_WORK/image)
#
# Writes DIR/dom0.img (ext4, label dom0root, made with mkfs.ext4 -d: no loop mount), DIR/boot/{xen,vmlinuz,
# initrd.img} and DIR/image.env (what went in). DIR is built under a temporary name and renamed when complete.
#
# In the image: PID 1 is busybox init (/etc/inittab): sysinit e2e-dom0-setup (mounts, modules virtio_net
# xen-netback xen-blkback loop bridge, /etc/init.d/xen start, bridge xenbr0 192.168.77.1/24, eth0 10.0.2.15/24 for QEMU user
# networking, then polls `xl info` and prints E2E-MARKER: XL-READY), then sshd (respawned; the harness's command
# channel) and the services. The test guest is in /root/guests/ (see guest.env there).
set -euo pipefail
E2E_SCRIPT=build-image
. "$(dirname "$0")/lib.sh"

debs=() files=() services=()
out=$E2E_WORK/image size=3G keep_rootfs=false
while [ $# -gt 0 ]; do
    case $1 in
        --deb) [ -f "${2:-}" ] || e2e_die $E2E_EXIT_SETUP "--deb: no such file: ${2:-}"; debs+=("$(readlink -f "$2")"); shift 2 ;;
        --file) [[ ${2:-} == *:/* ]] || e2e_die $E2E_EXIT_SETUP "--file wants SRC:/ABSOLUTE/DEST"
                [ -f "${2%%:*}" ] || e2e_die $E2E_EXIT_SETUP "--file: no such file: ${2%%:*}"; files+=("$2"); shift 2 ;;
        --service) [[ ${2:-} =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*=.+ ]] || e2e_die $E2E_EXIT_SETUP "--service wants NAME=COMMAND"
                services+=("$2"); shift 2 ;;
        --out) out=$2; shift 2 ;;
        --size) size=$2; shift 2 ;;
        --keep-rootfs) keep_rootfs=true; shift ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) e2e_die $E2E_EXIT_SETUP "unknown argument: $1" ;;
    esac
done

e2e_require_root
t_start=$(e2e_now)
base=$("$E2E_DIR/build-base-image.sh" --print-dir)
[ -f "$base/complete" ] || e2e_die $E2E_EXIT_INFRA "no complete base image"
e2e_ensure_ssh_key
busybox_static=/bin/busybox
file -L "$busybox_static" | grep -q 'statically linked' || e2e_die $E2E_EXIT_SETUP "$busybox_static is not static (busybox-static)"

out=$(readlink -m "$out")
mkdir -p "$(dirname "$out")"
tmp=$out.tmp-$$
rm -rf "$out".tmp-*
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp"
R=$tmp/rootfs
t=$(e2e_now)
cp -a --reflink=auto "$base/rootfs" "$R"
e2e_log "copied base $(basename "$base") in $(e2e_elapsed "$t")s"
kver=$(sed -n 's/^kernel=//p' "$base/key.txt")

# --- .deb files (the Agent) ----------------------------------------------------------------------------------
if [ ${#debs[@]} -gt 0 ]; then
    t=$(e2e_now)
    mkdir -p "$R/tmp/e2e-debs"
    cp "${debs[@]}" "$R/tmp/e2e-debs/"
    if ! e2e_in_chroot "$R" sh -c 'dpkg -i /tmp/e2e-debs/*.deb' > "$tmp/dpkg.log" 2>&1; then
        e2e_log "dpkg -i left dependencies open; resolving them with apt-get -f install"
        cp /etc/resolv.conf "$R/etc/resolv.conf"
        { e2e_in_chroot "$R" apt-get update -q && e2e_in_chroot "$R" apt-get -f install -y -q --no-install-recommends; } \
            >> "$tmp/dpkg.log" 2>&1 || { tail -n 30 "$tmp/dpkg.log" >&2; e2e_die $E2E_EXIT_PRODUCT "installing ${debs[*]} failed"; }
        e2e_in_chroot "$R" apt-get clean
        rm -rf "$R/var/lib/apt/lists/"*
        : > "$R/etc/resolv.conf"
    fi
    rm -rf "$R/tmp/e2e-debs"
    e2e_log "installed ${#debs[@]} .deb file(s) in $(e2e_elapsed "$t")s: $(for d in "${debs[@]}"; do basename "$d"; done | tr '\n' ' ')"
fi
for f in "${files[@]}"; do
    src=${f%%:*} dest=${f#*:}
    install -D -m "$(stat -c %a "$src")" "$src" "$R$dest"
done
rm -f "$R/usr/sbin/policy-rc.d"

# --- dom0 init: busybox init + the harness's scripts ---------------------------------------------------------
L=/usr/local/lib/xenophilia-e2e
mkdir -p "$R$L" "$R/etc/xenophilia-e2e/services" "$R/var/log/xenophilia-e2e"
cp "$busybox_static" "$R$L/busybox"
ln -sf busybox "$R$L/init"
i=10
for s in "${services[@]}"; do
    printf '%s\n' "${s#*=}" > "$R/etc/xenophilia-e2e/services/$i-${s%%=*}"
    i=$((i + 1))
done

cat > "$R/etc/inittab" <<'EOF'
# busybox init (PID 1 of the e2e dom0). Written by releng/e2e-xen/build-image.sh.
::sysinit:/usr/local/sbin/e2e-dom0-setup
::respawn:/usr/local/sbin/e2e-sshd
::once:/usr/local/sbin/e2e-services
::shutdown:/usr/local/sbin/e2e-dom0-shutdown
EOF

cat > "$R/usr/local/sbin/e2e-dom0-setup" <<'EOF'
#!/bin/sh
# dom0 bring-up (busybox init sysinit). Markers "E2E-MARKER: ..." on the console are what boot.sh waits for.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
up() { cut -d' ' -f1 /proc/uptime; }
mark() { echo "E2E-MARKER: $* uptime=$(up)"; }
mount -t proc proc /proc 2>/dev/null
mount -t sysfs sys /sys 2>/dev/null
mount -t devtmpfs dev /dev 2>/dev/null
mkdir -p /dev/pts /dev/shm && mount -t devpts devpts /dev/pts && mount -t tmpfs tmpfs /dev/shm
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
mount -o remount,rw /
mkdir -p /run/sshd /run/xen /run/xenophilia-e2e/exec /var/log/xen/console /var/lib/xen /var/log/xenophilia-e2e
hostname dom0
mark DOM0-USERSPACE
for m in virtio_net xen-netback xen-blkback loop bridge; do modprobe "$m" || echo "e2e-dom0-setup: modprobe $m failed"; done
ip link set lo up
for n in /sys/class/net/e*; do
    [ -e "$n" ] || continue
    n=${n##*/}; ip link set "$n" up && ip addr add 10.0.2.15/24 dev "$n" && mark "NET $n 10.0.2.15/24"
done
/etc/init.d/xen start; rc=$?
mark "XEN-INIT rc=$rc"
ip link add xenbr0 type bridge && ip addr add 192.168.77.1/24 dev xenbr0 && ip link set xenbr0 up \
    || echo "e2e-dom0-setup: bridge xenbr0 failed"
i=0
while ! xl info >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -ge 300 ]; then mark "XL-FAILED (xl info did not succeed within 300 s)"; xl info; exit 0; fi
    sleep 1
done
touch /run/xenophilia-e2e/xl-ready
mark XL-READY
EOF

cat > "$R/usr/local/sbin/e2e-sshd" <<'EOF'
#!/bin/sh
# The harness's command channel; busybox init respawns it (each start is logged: a respawn is an infra event).
n=$(($(cat /run/xenophilia-e2e/sshd-starts 2>/dev/null || echo 0) + 1)); echo $n > /run/xenophilia-e2e/sshd-starts
echo "E2E-MARKER: SSHD-START n=$n uptime=$(cut -d' ' -f1 /proc/uptime)"
exec /usr/sbin/sshd -D -E /var/log/xenophilia-e2e/sshd.log
EOF

cat > "$R/usr/local/sbin/e2e-services" <<'EOF'
#!/bin/sh
# Starts each /etc/xenophilia-e2e/services/NN-NAME (a /bin/sh command line) once xl is usable. Not restarted.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
[ -e /run/xenophilia-e2e/xl-ready ] || { echo "E2E-MARKER: SERVICES-SKIPPED (xl not ready)"; exit 0; }
for f in /etc/xenophilia-e2e/services/*; do
    [ -f "$f" ] || continue
    name=${f##*/}; name=${name#*-}
    (
        cd / && setsid -w sh "$f" > "/var/log/xenophilia-e2e/$name.log" 2>&1 < /dev/null &
        pid=$!
        echo $pid > "/run/xenophilia-e2e/$name.pid"
        echo "E2E-MARKER: SERVICE-STARTED $name pid=$pid uptime=$(cut -d' ' -f1 /proc/uptime)"
        wait $pid; rc=$?
        echo "E2E-MARKER: SERVICE-EXITED $name rc=$rc uptime=$(cut -d' ' -f1 /proc/uptime)"
    ) &
done
EOF

cat > "$R/usr/local/sbin/e2e-dom0-shutdown" <<'EOF'
#!/bin/sh
# busybox init shutdown action: stop the services, take the guests down, flush the disk.
echo "E2E-MARKER: SHUTDOWN uptime=$(cut -d' ' -f1 /proc/uptime)"
for p in /run/xenophilia-e2e/*.pid; do [ -f "$p" ] && kill -TERM "$(cat "$p")" 2>/dev/null; done
xl list 2>/dev/null | awk 'NR > 2 { print $1 }' | while read -r d; do timeout 60 xl destroy "$d"; done
sync
mount -o remount,ro / 2>/dev/null
echo "E2E-MARKER: SHUTDOWN-DONE uptime=$(cut -d' ' -f1 /proc/uptime)"
EOF

cat > "$R/usr/local/sbin/e2e-poweroff" <<'EOF'
#!/bin/sh
# Clean stop: busybox init runs e2e-dom0-shutdown, then reboots; Xen resets the machine and QEMU (-no-reboot) exits.
exec /usr/local/lib/xenophilia-e2e/busybox reboot
EOF

cat > "$R/usr/local/sbin/e2e-exec" <<'EOF'
#!/bin/sh
# e2e-exec ID TIMEOUT_S COMMAND: runs the /bin/sh COMMAND detached from the ssh session (it survives a dropped
# connection), with its outputs in /run/xenophilia-e2e/exec/ID/, then prints its result like e2e-result.
# COMMAND "-" reads the command from standard input (what the host side does: no quoting through ssh).
id=$1; tmo=$2; cmd=$3
d=/run/xenophilia-e2e/exec/$id
[ "$cmd" = - ] && cmd=$(cat)
mkdir "$d" 2>/dev/null || { echo "e2e-exec: id $id was used already" >&2; exit 125; }
printf '%s\n' "$cmd" > "$d/cmd"
setsid sh -c 'd=$1; date +%s.%N > "$d/start"; cd /root; timeout -k 10 "$2" sh -c "$3" > "$d/stdout" 2> "$d/stderr" < /dev/null
    rc=$?; date +%s.%N > "$d/end"; echo $rc > "$d/rc.tmp"; mv "$d/rc.tmp" "$d/rc"' e2e-exec "$d" "$tmo" "$cmd" \
    < /dev/null > /dev/null 2>&1 &
# wait for it as its parent (no polling while it runs); e2e-result then finds rc at once
wait $!
exec /usr/local/sbin/e2e-result "$id"
EOF

cat > "$R/usr/local/sbin/e2e-result" <<'EOF'
#!/bin/sh
# e2e-result ID: waits for e2e-exec's command ID, prints its stdout and stderr, then on stderr a last line
# "E2E-EXEC rc=N seconds=S" (S measured in dom0), and exits with its exit code. Exit 126: no such ID.
d=/run/xenophilia-e2e/exec/$1
[ -d "$d" ] || { echo "e2e-result: no command $1" >&2; exit 126; }
while [ ! -e "$d/rc" ]; do sleep 0.5; done
rc=$(cat "$d/rc")
cat "$d/stdout"
cat "$d/stderr" >&2
echo "E2E-EXEC rc=$rc seconds=$(awk -v s="$(cat "$d/start")" -v e="$(cat "$d/end")" 'BEGIN{printf "%.2f", e-s}')" >&2
exit "$rc"
EOF
chmod 755 "$R"/usr/local/sbin/e2e-*

grep -q '^XENCONSOLED_ARGS=.*log-dir' "$R/etc/default/xen" ||
    echo 'XENCONSOLED_ARGS="--log=guest --log-dir=/var/log/xen/console"' >> "$R/etc/default/xen"
echo '/dev/vda / ext4 rw 0 1' > "$R/etc/fstab"
echo dom0 > "$R/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 dom0\n' > "$R/etc/hosts"
install -d -m 700 "$R/root/.ssh"
install -m 600 "$E2E_SSH_KEY.pub" "$R/root/.ssh/authorized_keys"
cat > "$R/etc/ssh/sshd_config.d/xenophilia-e2e.conf" <<'EOF'
PermitRootLogin prohibit-password
PasswordAuthentication no
UseDNS no
MaxStartups 50
MaxSessions 50
ClientAliveInterval 15
ClientAliveCountMax 8
EOF

# --- the test guest: the dom0 kernel + a busybox initramfs --------------------------------------------------
# Its init loads xen-netfront/xen-blkfront, waits for its devices, sets eth0 to e2e_ip= from the kernel command line
# (e2e_ip=dhcp: busybox udhcpc asks for a lease, marker E2E-GUEST-DHCP), and prints "E2E-GUEST-READY name=...
# disks=... net=..." on hvc0 (dom0: /var/log/xen/console/guest-NAME.log); with e2e_ping=ADDR it then pings ADDR
# (marker E2E-GUEST-PING). /sbin/poweroff powers it off, so `xl shutdown` works.
G=$tmp/guest-initrd
mkdir -p "$G"/{bin,sbin,proc,dev,sys,lib/modules}
cp "$busybox_static" "$G/bin/busybox"
for m in drivers/net/xen-netfront drivers/block/xen-blkfront; do
    ko=$(ls "$R/lib/modules/$kver/kernel/$m".ko* | head -n 1)
    case $ko in
        *.ko) cp "$ko" "$G/lib/modules/" ;;
        *.ko.xz) xz -dc "$ko" > "$G/lib/modules/$(basename "$m").ko" ;;
        *.ko.zst) zstd -qdc "$ko" > "$G/lib/modules/$(basename "$m").ko" ;;
        *) e2e_die $E2E_EXIT_SETUP "guest module $m not found in the base" ;;
    esac
done
cat > "$G/init" <<'EOF'
#!/bin/busybox sh
B=/bin/busybox
$B mount -t proc proc /proc; $B mount -t devtmpfs dev /dev; $B mount -t sysfs sys /sys
for m in /lib/modules/*.ko; do $B insmod "$m"; done
name=guest; ip=; ping=
for a in $($B cat /proc/cmdline); do
    case $a in
        e2e_name=*) name=${a#e2e_name=} ;; e2e_ip=*) ip=${a#e2e_ip=} ;; e2e_wait=*) wait=${a#e2e_wait=} ;;
        e2e_ping=*) ping=${a#e2e_ping=} ;;
    esac
done
$B hostname "$name"
# wait (at most 20 s) for the devices the config names: e2e_wait=xvda,eth0
i=0
for dev in $(echo "${wait:-}" | $B tr ',' ' '); do
    while [ ! -e /sys/block/$dev ] && [ ! -e /sys/class/net/$dev ] && [ $i -lt 200 ]; do $B sleep 0.1; i=$((i + 1)); done
done
net=none
if [ -e /sys/class/net/eth0 ]; then
    $B ip link set eth0 up
    if [ "$ip" = dhcp ]; then
        # a lease for eth0 (at most 20 tries 3 s apart; -q: keep it and quit), configured by /bin/dhcp-event, which
        # leaves "ADDRESS/PREFIX ROUTER" in /dhcp-lease; the host name goes with the request (dnsmasq records it)
        ip=
        if $B udhcpc -i eth0 -s /bin/dhcp-event -x "hostname:$name" -f -q -n -t 20 -T 3 > /dev/null 2>&1 \
                && read -r lease router < /dhcp-lease; then
            ip=${lease%/*}
            echo "E2E-GUEST-DHCP ip=$ip prefix=${lease#*/} router=$router uptime=$($B cut -d' ' -f1 /proc/uptime)" > /dev/hvc0
        else
            echo "E2E-GUEST-DHCP failed (no lease) uptime=$($B cut -d' ' -f1 /proc/uptime)" > /dev/hvc0
        fi
    elif [ -n "$ip" ]; then
        $B ip addr add "$ip/24" dev eth0
    fi
    net="eth0:${ip:-noaddr}:$($B cat /sys/class/net/eth0/address)"
fi
$B ip link set lo up
disks=$($B ls /sys/block | $B grep -v -e '^loop' -e '^ram' | $B tr '\n' ',' )
echo "E2E-GUEST-READY name=$name disks=${disks%,} net=$net kernel=$($B uname -r) uptime=$($B cut -d' ' -f1 /proc/uptime)" > /dev/hvc0
# e2e_ping=ADDR: whether ADDR answers (up to 10 pings, 3 s each): "E2E-GUEST-PING ADDR ok tries=N" or "... failed"
if [ -n "$ping" ]; then
    i=1
    until $B ping -c 1 -W 3 "$ping" > /dev/null 2>&1; do
        i=$((i + 1)); [ $i -le 10 ] || break
    done
    if [ $i -le 10 ]; then result="ok tries=$i"; else result="failed tries=10"; fi
    echo "E2E-GUEST-PING $ping $result uptime=$($B cut -d' ' -f1 /proc/uptime)" > /dev/hvc0
fi
# then report the disks hot-plugged into it and taken away (xl block-attach/block-detach), once a second:
# "E2E-GUEST-DISK xvdb size=<bytes>" when blkfront has it (its size known), "E2E-GUEST-DISK-GONE xvdb". Shell
# builtins only (a glob, test), so that the guest forks one sleep a second and stays idle under TCG.
disks() { list=" "; for p in /sys/block/xvd*; do [ -e "$p" ] && list="$list${p##*/} "; done; echo "$list"; }
known=$(disks)
while true; do
    now=$(disks)
    if [ "$now" != "$known" ]; then
        for d in $now; do
            case "$known" in *" $d "*) continue ;; esac
            i=0; size=0
            while [ "$size" = 0 ] && [ $i -lt 50 ]; do read -r size < /sys/block/$d/size || size=0; [ "$size" = 0 ] && $B sleep 0.1; i=$((i + 1)); done
            echo "E2E-GUEST-DISK $d size=$((size * 512)) uptime=$($B cut -d' ' -f1 /proc/uptime)" > /dev/hvc0
        done
        for d in $known; do
            case "$now" in *" $d "*) continue ;; esac
            echo "E2E-GUEST-DISK-GONE $d uptime=$($B cut -d' ' -f1 /proc/uptime)" > /dev/hvc0
        done
        known=$now
    fi
    $B sleep 1
done
EOF
cat > "$G/bin/dhcp-event" <<'EOF'
#!/bin/busybox sh
# udhcpc's script: $1 is what happened; on "bound" the lease is in $ip, $mask (prefix length) and $router
B=/bin/busybox
case $1 in
    deconfig) $B ip addr flush dev "$interface" ;;
    bound)
        $B ip addr flush dev "$interface"
        $B ip addr add "$ip/$mask" dev "$interface"
        [ -n "$router" ] && $B ip route add default via "${router%% *}" dev "$interface"
        echo "$ip/$mask ${router%% *}" > /dhcp-lease ;;
esac
exit 0
EOF
printf '#!/bin/busybox sh\necho "E2E-GUEST-POWEROFF" > /dev/hvc0\n/bin/busybox poweroff -f\n' > "$G/sbin/poweroff"
chmod 755 "$G/init" "$G/sbin/poweroff" "$G/bin/dhcp-event"
GD=$R/root/guests
mkdir -p "$GD"
(cd "$G" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | gzip -9) > "$GD/initrd.gz"
cp "$R/boot/vmlinuz-$kver" "$GD/vmlinuz"
truncate -s 64M "$GD/e2e-pv-disk.img"
guest_cfg() { # NAME IP WAIT EXTRA_LINES
    printf 'name = "%s"\ntype = "pv"\nkernel = "/root/guests/vmlinuz"\nramdisk = "/root/guests/initrd.gz"\n' "$1"
    printf 'extra = "console=hvc0 rdinit=/init quiet loglevel=4 e2e_name=%s e2e_ip=%s e2e_wait=%s"\n' "$1" "$2" "$3"
    printf 'memory = 128\nmaxmem = 192\nvcpus = 1\non_crash = "preserve"\n%s' "$4"
}
guest_cfg e2e-pv 192.168.77.2 xvda,eth0 \
    'vif = [ "bridge=xenbr0,mac=00:16:3e:00:e2:02" ]
disk = [ "format=raw,vdev=xvda,access=rw,target=/root/guests/e2e-pv-disk.img" ]
' > "$GD/e2e-pv.cfg"
guest_cfg e2e-pv-min 192.168.77.3 '' '' > "$GD/e2e-pv-min.cfg"
cat > "$GD/guest.env" <<EOF
# The e2e test guest (written by releng/e2e-xen/build-image.sh). Boots in a few seconds, prints
# "E2E-GUEST-READY name=NAME disks=... net=eth0:IP:MAC" on its console (/var/log/xen/console/guest-NAME.log),
# then "E2E-GUEST-DISK xvdX size=BYTES" / "E2E-GUEST-DISK-GONE xvdX" for each disk hot-plugged or removed,
# powers off on "xl shutdown". Kernel command line knobs: e2e_name= e2e_ip= e2e_wait=xvda,eth0; e2e_ip=dhcp asks
# for a lease first ("E2E-GUEST-DHCP ip=A prefix=P router=R" or "E2E-GUEST-DHCP failed"); e2e_ping=ADDR pings ADDR
# after the ready marker ("E2E-GUEST-PING ADDR ok tries=N" or "E2E-GUEST-PING ADDR failed tries=10")
GUEST_KERNEL=/root/guests/vmlinuz
GUEST_RAMDISK=/root/guests/initrd.gz
GUEST_EXTRA="console=hvc0 rdinit=/init quiet loglevel=4"
GUEST_BRIDGE=xenbr0
GUEST_DISK=/root/guests/e2e-pv-disk.img
DOM0_BRIDGE_IP=192.168.77.1
EOF

# --- boot files + disk image ---------------------------------------------------------------------------------
cp -r "$base/boot" "$tmp/boot"
{
    echo "BASE_KEY=$(basename "$base")"
    echo "KERNEL=$kver"
    echo "BUILT=$(date -Is)"
    for d in "${debs[@]}"; do echo "DEB=$(basename "$d") sha256=$(sha256sum "$d" | cut -c1-16)"; done
    for s in "${services[@]}"; do printf 'SERVICE=%q\n' "$s"; done
    for f in "${files[@]}"; do echo "FILE=$f"; done
} > "$tmp/image.env"
t=$(e2e_now)
mkfs.ext4 -q -F -L dom0root -d "$R" "$tmp/dom0.img" "$size" > /dev/null
e2e_log "mkfs.ext4 -d ($size) in $(e2e_elapsed "$t")s"
if $keep_rootfs; then e2e_log "kept the rootfs: $out/rootfs"; else rm -rf "$R"; fi
rm -rf "$G"
rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT
e2e_log "image $out/dom0.img built in $(e2e_elapsed "$t_start")s"
