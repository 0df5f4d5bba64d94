#!/usr/bin/env bash
# Builds (or finds in the cache) the Debian bookworm guest image of Xenophilia's e2e tier: debootstrap minbase with
# the Debian kernel, systemd, DHCP on eth0 (ifupdown + isc-dhcp-client), a login on hvc0 (serial-getty@hvc0, root's
# password "xenophilia", see releng/images/README.md), /boot/grub/grub.cfg for pygrub, as a root filesystem archive.
#
#   releng/images/debian/build.sh OUT
#
# Writes into OUT (made if missing; files of the same names replaced):
#   debian-bookworm-rootfs.tar.zst   the root filesystem (content rootfs, compression zstd): no device nodes, no
#                                    apt lists, an empty machine-id (each guest makes its own)
#   catalog.xml                      an image catalog of it: name debian-bookworm, version DEBIAN_VERSION-YYYYMMDD
#                                    (the build's day), guest type pv, boot pygrub, with size, content size,
#                                    SHA-256 and the file name as url
# The apt mirror is the machine's own (read from its apt sources at run time, as releng/e2e-xen does; the
# repository names none). The result is cached in $XENOPHILIA_E2E_CACHE/images/debian/<key>/ (default
# ~/.cache/xenophilia-e2e), <key> a hash of this script and the suite: a second run copies it in seconds. A build
# is made under a temporary name and renamed when complete, under a lock: an interrupted build leaves no cache.
# Needs root (debootstrap, chroot, file ownership), debootstrap, zstd. Minutes cold; not run by ./test.sh.
set -euo pipefail
E2E_SCRIPT=debian-image
. "$(dirname "$0")/../../e2e-xen/lib.sh"

# Installed by debootstrap itself (--include), on top of minbase. Keep sorted. They are in the cache key (this
# script is hashed whole).
PACKAGES=(ifupdown isc-dhcp-client linux-image-amd64 systemd-sysv udev)
ROOT_PASSWORD=xenophilia
IMAGE=debian-bookworm-rootfs.tar.zst
# The kernel's command line in grub.cfg: net.ifnames=0 keeps the Xen vif eth0 whatever udev's naming policy
CMDLINE="root=/dev/xvda ro console=hvc0 net.ifnames=0"

case ${1:-} in
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
esac
[ $# -eq 1 ] && [ -n "$1" ] || e2e_die $E2E_EXIT_SETUP "usage: $0 OUT"
out=$1

key=$( { sha256sum < "$0"; echo "suite=$E2E_SUITE"; } | sha256sum | cut -c1-16)
cache=$E2E_CACHE/images/debian
dir=$cache/$key

deliver() {
    mkdir -p "$out"
    cp --reflink=auto "$dir/$IMAGE" "$out/.$IMAGE.tmp"
    mv -f "$out/.$IMAGE.tmp" "$out/$IMAGE"
    cp "$dir/catalog.xml" "$out/.catalog.xml.tmp"
    mv -f "$out/.catalog.xml.tmp" "$out/catalog.xml"
    e2e_log "$out/$IMAGE ($(stat -c %s "$out/$IMAGE") bytes; built in $(cat "$dir/built-in")), $out/catalog.xml"
}

if [ -f "$dir/complete" ]; then
    e2e_log "cache hit: debian image $key"
    deliver
    exit 0
fi

e2e_require_root
e2e_ensure_host_packages debootstrap zstd
mkdir -p "$cache"
exec 9>"$cache/.lock"
e2e_log "waiting for the debian image cache lock"
flock 9
if [ -f "$dir/complete" ]; then # another builder finished it while we waited
    e2e_log "cache hit after waiting for the lock: debian image $key"
    deliver
    exit 0
fi
# under the lock, a temporary directory is a leftover of an interrupted build (the chroot steps run in private mount
# namespaces, so nothing is mounted there; the umount is a guard before rm -rf)
awk -v p="$cache/.tmp-" 'index($2, p) == 1 { print $2 }' /proc/mounts | sort -r | xargs -r umount -l
rm -rf "$cache/.tmp-"*

mirror=$(e2e_mirror)
[ -n "$mirror" ] || e2e_die $E2E_EXIT_SETUP "no Debian $E2E_SUITE entry in the machine's apt sources"
tmp=$cache/.tmp-$key-$$
R=$tmp/rootfs
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM HUP
t_start=$(e2e_now)
e2e_log "cache miss: building debian image $key in $tmp (debootstrap $E2E_SUITE minbase, the machine's mirror)"

t=$(e2e_now)
include=$(IFS=,; echo "${PACKAGES[*]}")
# shellcheck disable=SC2086
unshare --mount --propagation private -- $E2E_NICE debootstrap --variant=minbase --include="$include" \
    "$E2E_SUITE" "$R" "$mirror" > "$tmp/debootstrap.log" 2>&1 || {
    tail -n 30 "$tmp/debootstrap.log" >&2
    e2e_die $E2E_EXIT_INFRA "debootstrap failed"
}
e2e_log "debootstrap done in $(e2e_elapsed "$t")s"

# the guest's apt sources are the machine's (the suite, -updates, -security), read at run time
e2e_apt_entries > "$R/etc/apt/sources.list"
echo debian > "$R/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\tdebian\n' > "$R/etc/hosts"
# the Agent makes a whole-disk ext4 of the archive: the guest's root is its first disk
printf '/dev/xvda\t/\text4\terrors=remount-ro\t0\t1\n' > "$R/etc/fstab"
printf 'auto lo\niface lo inet loopback\n\nallow-hotplug eth0\niface eth0 inet dhcp\n' > "$R/etc/network/interfaces"
e2e_in_chroot "$R" /bin/sh -c "echo root:$ROOT_PASSWORD | chpasswd"
e2e_in_chroot "$R" systemctl enable serial-getty@hvc0.service > "$tmp/systemctl.log" 2>&1 || {
    cat "$tmp/systemctl.log" >&2
    e2e_die $E2E_EXIT_INFRA "could not enable serial-getty@hvc0"
}

kver=$(find "$R/boot" -maxdepth 1 -name 'vmlinuz-*' -printf '%f\n' | sed 's/^vmlinuz-//' | sort -V | tail -n 1)
[ -n "$kver" ] || e2e_die $E2E_EXIT_INFRA "no kernel in the rootfs"
[ -f "$R/boot/initrd.img-$kver" ] || e2e_die $E2E_EXIT_INFRA "no initrd for kernel $kver"
mkdir -p "$R/boot/grub"
# what pygrub reads from the guest's disk: one entry, the real file names (not the /vmlinuz links)
cat > "$R/boot/grub/grub.cfg" <<GRUB
set default=0
set timeout=0
menuentry 'Debian GNU/Linux 12 (bookworm), $kver' {
    linux /boot/vmlinuz-$kver $CMDLINE
    initrd /boot/initrd.img-$kver
}
GRUB

# what a guest must not inherit: the build's apt lists and caches, its resolver, its machine id
e2e_in_chroot "$R" apt-get clean
rm -rf "$R/var/lib/apt/lists/"* "$R/var/cache/apt/"*.bin "$R/var/log/"*.log "$R/var/log/apt/"*
: > "$R/etc/machine-id"
rm -f "$R/var/lib/dbus/machine-id"
: > "$R/etc/resolv.conf"
debian_version=$(cat "$R/etc/debian_version")

t=$(e2e_now)
# no device nodes (debootstrap made some in /dev), nothing of the mounted pseudo file systems
# shellcheck disable=SC2086
$E2E_NICE tar --sort=name --numeric-owner -C "$R" \
    --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' --exclude='./run/*' --exclude='./tmp/*' \
    -cf "$tmp/rootfs.tar" .
special=$(tar -tvf "$tmp/rootfs.tar" | awk 'substr($1, 1, 1) ~ /[cbps]/' | head -n 5)
[ -z "$special" ] || e2e_die $E2E_EXIT_INFRA "special files in the archive: $special"
# level 12: -19 had not finished after 4 minutes on the shared 2-core machine (a 636 MB archive)
# shellcheck disable=SC2086
$E2E_NICE zstd -q -12 -T0 -c "$tmp/rootfs.tar" > "$tmp/$IMAGE"
e2e_log "archive made in $(e2e_elapsed "$t")s"

content_size=$(stat -c %s "$tmp/rootfs.tar")
gib=1073741824
# room for the files twice over (updates, logs), and never below 2 GiB
minimum_disk=$(( (2 * content_size + gib - 1) / gib * gib ))
[ "$minimum_disk" -ge $((2 * gib)) ] || minimum_disk=$((2 * gib))
description="Debian $debian_version ($E2E_SUITE) minbase, kernel $kver: DHCP on eth0, a login on hvc0 (root, password"
description="$description in releng/images/README.md)"
cat > "$tmp/catalog.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="http://xenophilia.org/schema/image-catalog/1.0">
  <description>Debian $E2E_SUITE guests built by releng/images/debian/build.sh</description>
  <image>
    <name>debian-bookworm</name>
    <version>$debian_version-$(date -u +%Y%m%d)</version>
    <description>$description</description>
    <architecture>x86_64</architecture>
    <guestType>pv</guestType>
    <content>rootfs</content>
    <compression>zstd</compression>
    <fileSize>$(stat -c %s "$tmp/$IMAGE")</fileSize>
    <contentSize>$content_size</contentSize>
    <sha256>$(sha256sum "$tmp/$IMAGE" | cut -d' ' -f1)</sha256>
    <url>$IMAGE</url>
    <minimumMemory>256</minimumMemory>
    <minimumDisk>$minimum_disk</minimumDisk>
    <template>
      <boot>pygrub</boot>
      <console>hvc0</console>
      <memory>512</memory>
    </template>
  </image>
</catalog>
XML
rm -rf "$R" "$tmp/rootfs.tar"
echo "$(e2e_elapsed "$t_start")s" > "$tmp/built-in"
touch "$tmp/complete"
rm -rf "$dir"
mv "$tmp" "$dir"
trap - EXIT
e2e_log "debian image $key built in $(e2e_elapsed "$t_start")s"
deliver
