#!/bin/sh
# Builds the busybox guest image of Xenophilia's image tests and e2e tier, in seconds, from the busybox-static
# package's /bin/busybox (.ci/apt-packages.txt installs it):
#
#   releng/images/busybox/build.sh OUT [--kernel FILE] [--ramdisk FILE]
#
# The root filesystem: /bin/busybox and a link for each of its applets; /init, which mounts proc, devtmpfs on /dev
# and sys (unless an initramfs moved its own there) and hands over to busybox init; /etc/inittab (the hostname, lo
# and DHCP on eth0 by udhcpc, whose script /usr/share/udhcpc/default.script sets the address, the default route and
# /etc/resolv.conf; a getty on hvc0); root with an empty password (log in as root, no password asked); an empty
# /dev (no device nodes anywhere).
# With --kernel the kernel goes to /boot/vmlinuz (with --ramdisk the ramdisk to /boot/initrd.img): the images then
# boot on Xen as the template says (PV, boot kernel, root=/dev/xvda); without, they hold everything but a kernel
# and serve the tests that deploy without booting.
#
# Writes into OUT (made if missing; files of the same names replaced):
#   busybox-rootfs.tar.gz   the root filesystem as a tar archive (content rootfs), gzip
#   busybox-disk.raw        a whole-disk ext4 of 64 MiB made from it (content disk, filesystem ext4), uncompressed
#   busybox-disk.raw.zst    the same disk, zstd
#   busybox-disk.raw.xz     the same disk, xz
#   catalog.xml             an image catalog naming the four (busybox-rootfs, busybox-disk, busybox-disk-xz,
#                           busybox-disk-raw), version the busybox-static package's, with their sizes, SHA-256
#                           sums and relative urls (the file names)
# The archive is deterministic (sorted, root-owned, mtime 0), and so is the disk (fixed UUID, hash seed and time).
# Needs: busybox-static, tar, gzip, zstd, xz, mkfs.ext4 (e2fsprogs >= 1.43 for -d), sha256sum. No root needed.
set -eu

usage() {
    echo "usage: $0 OUT [--kernel FILE] [--ramdisk FILE]" >&2
    exit 2
}

out=
kernel=
ramdisk=
while [ $# -gt 0 ]; do
    case $1 in
        --kernel) [ $# -ge 2 ] || usage; kernel=$2; shift 2 ;;
        --ramdisk) [ $# -ge 2 ] || usage; ramdisk=$2; shift 2 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        -*) echo "$0: unknown option $1" >&2; usage ;;
        *) [ -z "$out" ] || usage; out=$1; shift ;;
    esac
done
[ -n "$out" ] || usage
[ -z "$ramdisk" ] || [ -n "$kernel" ] || { echo "$0: --ramdisk needs --kernel" >&2; exit 2; }
for f in "$kernel" "$ramdisk"; do
    [ -z "$f" ] || [ -f "$f" ] || { echo "$0: not a file: $f" >&2; exit 2; }
done

BUSYBOX=/bin/busybox
# the package's binary, which is static: a dynamically linked busybox would find no libc in the guest
owner=$(dpkg-query -S "$BUSYBOX" 2>/dev/null | cut -d: -f1)
if [ "$owner" != busybox-static ]; then
    echo "$0: $BUSYBOX is not busybox-static's (apt-get install busybox-static)" >&2
    exit 1
fi
# the catalog's version pattern has no epoch: 1:1.35.0-4+deb12u1 -> 1.35.0-4+deb12u1
version=$(dpkg-query -W -f='${Version}' busybox-static | sed 's/^[0-9]*://')
case $(dpkg --print-architecture) in
    amd64) architecture=x86_64 ;;
    arm64) architecture=aarch64 ;;
    *) echo "$0: no catalog architecture for $(dpkg --print-architecture)" >&2; exit 1 ;;
esac

# The disk's size, and the least volume either image is deployed onto.
DISK_BYTES=67108864
# Fixed where mkfs.ext4 would pick at random or from the clock, so that one input gives one disk.
FS_UUID=5e1f0b0c-0b5e-4b0b-8b0b-b0b0b0b0b0b0
FS_HASH_SEED=0b5e1f0b-b0b0-4b0b-8b0b-5e1f0b0c0b5e

umask 022
mkdir -p "$out"
work=$(mktemp -d "$out/.busybox-build.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM HUP
root=$work/rootfs

# ---------------------------------------------------------------------------------------------- root filesystem

mkdir -p "$root"
for d in bin sbin usr/bin usr/sbin usr/share/udhcpc etc/init.d dev proc sys run tmp var/log root boot; do
    mkdir -p "$root/$d"
done
chmod 1777 "$root/tmp"
chmod 700 "$root/root"
cp "$BUSYBOX" "$root/bin/busybox"
chmod 755 "$root/bin/busybox"
"$BUSYBOX" --list-full | while read -r applet; do
    [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
done

cat > "$root/init" <<'INIT'
#!/bin/sh
# Run first (init=/init), by the kernel or by an initramfs, which moves its own /dev, /proc and /sys here: /dev is an
# empty directory in the image, so devtmpfs goes there before anything opens a device, and the console is opened
# afresh from it; then busybox init reads /etc/inittab.
# (Debian's busybox-static has no mountpoint applet: /proc/mounts tells.)
[ -e /proc/self ] || mount -t proc proc /proc
grep -q '^[^ ]* /dev ' /proc/mounts || mount -t devtmpfs devtmpfs /dev
exec 0</dev/console 1>/dev/console 2>/dev/console
grep -q '^[^ ]* /sys ' /proc/mounts || mount -t sysfs sysfs /sys
exec /sbin/init
INIT
chmod 755 "$root/init"

cat > "$root/etc/inittab" <<'INITTAB'
# busybox init: bring the guest up, then a login on the Xen console
::sysinit:/etc/init.d/rcS
hvc0::respawn:/sbin/getty -L 115200 hvc0 vt100
::ctrlaltdel:/sbin/reboot
::shutdown:/bin/umount -a -r
INITTAB

cat > "$root/etc/init.d/rcS" <<'RCS'
#!/bin/sh
# Once at boot: the hostname, the loopback, and DHCP on eth0 in the background (a guest without a network still
# reaches its login prompt at once).
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /run
hostname -F /etc/hostname
ip link set lo up
if [ -e /sys/class/net/eth0 ]; then
    udhcpc -b -S -i eth0 -s /usr/share/udhcpc/default.script
fi
RCS
chmod 755 "$root/etc/init.d/rcS"

cat > "$root/usr/share/udhcpc/default.script" <<'DHCP'
#!/bin/sh
# udhcpc's hook: $1 is what happened, the lease is in the environment ($interface, $ip, $mask, $router, $dns).
case $1 in
    deconfig)
        ip -4 addr flush dev "$interface"
        ip link set "$interface" up
        ;;
    bound|renew)
        ip -4 addr flush dev "$interface"
        ip addr add "$ip/${mask:-24}" dev "$interface"
        if [ -n "${router:-}" ]; then
            ip route replace default via "${router%% *}" dev "$interface"
        fi
        : > /etc/resolv.conf
        for server in ${dns:-}; do
            echo "nameserver $server" >> /etc/resolv.conf
        done
        ;;
esac
exit 0
DHCP
chmod 755 "$root/usr/share/udhcpc/default.script"

echo busybox > "$root/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\tbusybox\n' > "$root/etc/hosts"
# root's password field is empty: login asks for none
echo 'root::0:0:root:/root:/bin/sh' > "$root/etc/passwd"
echo 'root:x:0:' > "$root/etc/group"
echo /bin/sh > "$root/etc/shells"
: > "$root/etc/resolv.conf"

if [ -n "$kernel" ]; then
    cp "$kernel" "$root/boot/vmlinuz"
    chmod 644 "$root/boot/vmlinuz"
fi
if [ -n "$ramdisk" ]; then
    cp "$ramdisk" "$root/boot/initrd.img"
    chmod 644 "$root/boot/initrd.img"
fi
find "$root" -exec touch -h -d @0 {} +

# ---------------------------------------------------------------------------------------------- the files

tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --format=gnu -C "$root" -cf "$work/rootfs.tar" .
gzip -n -9 -c "$work/rootfs.tar" > "$work/busybox-rootfs.tar.gz"

truncate -s "$DISK_BYTES" "$work/busybox-disk.raw"
E2FSPROGS_FAKE_TIME=1 mkfs.ext4 -F -q -L busybox -U "$FS_UUID" -E "root_owner=0:0,hash_seed=$FS_HASH_SEED" \
    -d "$root" "$work/busybox-disk.raw"
# mkfs.ext4 -d copies each file's owner (the builder's, when not root) and its access and change times (which
# reading and touching the tree just set): make every file root's and zero them
(cd "$root" && find . -mindepth 1) | sed 's|^\.||' | while read -r path; do
    for field in uid gid atime ctime; do
        printf 'sif "%s" %s 0\n' "$path" "$field"
    done
done > "$work/times.debugfs"
# debugfs exits 0 whatever its commands do: anything on stderr but its banner is a failure
E2FSPROGS_FAKE_TIME=1 debugfs -w -f "$work/times.debugfs" "$work/busybox-disk.raw" > /dev/null 2> "$work/debugfs.err"
if grep -v '^debugfs [0-9]' "$work/debugfs.err" >&2; then
    echo "$0: debugfs could not set the disk's file owners and times" >&2
    exit 1
fi
zstd -q -19 -T1 -c "$work/busybox-disk.raw" > "$work/busybox-disk.raw.zst"
xz -6 -T1 -c "$work/busybox-disk.raw" > "$work/busybox-disk.raw.xz"

# ---------------------------------------------------------------------------------------------- the catalog

size() {
    stat -c %s "$1"
}

sum() {
    sha256sum "$1" | cut -d' ' -f1
}

# Memory in MiB. Busybox itself needs little; a distribution's kernel with its initramfs needs more: in the e2e tier
# the Debian 6.1 kernel with an 11 MB initrd ran out of memory unpacking it at 128 MiB (xl create refused 96 MiB).
if [ -n "$kernel" ]; then
    minimum_memory=256 memory=256
else
    minimum_memory=64 memory=128
fi

template() {
    echo "    <template>"
    echo "      <boot>kernel</boot>"
    echo "      <kernel>/boot/vmlinuz</kernel>"
    [ -z "$ramdisk" ] || echo "      <ramdisk>/boot/initrd.img</ramdisk>"
    echo "      <cmdline>root=/dev/xvda rw console=hvc0 init=/init net.ifnames=0</cmdline>"
    echo "      <console>hvc0</console>"
    echo "      <memory>$memory</memory>"
    echo "    </template>"
}

# image NAME DESCRIPTION CONTENT COMPRESSION FILESYSTEM FILE CONTENT-FILE
image() {
    echo "  <image>"
    echo "    <name>$1</name>"
    echo "    <version>$version</version>"
    echo "    <description>$2</description>"
    echo "    <architecture>$architecture</architecture>"
    echo "    <guestType>pv</guestType>"
    echo "    <content>$3</content>"
    echo "    <compression>$4</compression>"
    [ -z "$5" ] || echo "    <filesystem>$5</filesystem>"
    echo "    <fileSize>$(size "$work/$6")</fileSize>"
    echo "    <contentSize>$(size "$work/$7")</contentSize>"
    echo "    <sha256>$(sum "$work/$6")</sha256>"
    echo "    <url>$6</url>"
    echo "    <minimumMemory>$minimum_memory</minimumMemory>"
    echo "    <minimumDisk>$DISK_BYTES</minimumDisk>"
    template
    echo "  </image>"
}

login="log in on hvc0 as root, no password; DHCP on eth0"
[ -n "$kernel" ] || login="$login; no kernel in this build: it does not boot"
{
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<catalog xmlns="http://xenophilia.org/schema/image-catalog/1.0">'
    echo "  <description>busybox $version guests built by releng/images/busybox/build.sh</description>"
    image busybox-rootfs "busybox root filesystem ($login)" rootfs gz "" busybox-rootfs.tar.gz rootfs.tar
    image busybox-disk "busybox on a whole-disk ext4 ($login)" disk zstd ext4 busybox-disk.raw.zst busybox-disk.raw
    image busybox-disk-xz "busybox on a whole-disk ext4, xz ($login)" disk xz ext4 busybox-disk.raw.xz \
        busybox-disk.raw
    image busybox-disk-raw "busybox on a whole-disk ext4, uncompressed ($login)" disk none ext4 busybox-disk.raw \
        busybox-disk.raw
    echo '</catalog>'
} > "$work/catalog.xml"

for f in busybox-rootfs.tar.gz busybox-disk.raw busybox-disk.raw.zst busybox-disk.raw.xz catalog.xml; do
    mv -f "$work/$f" "$out/$f"
done
