#!/usr/bin/env bash
# Builds (or finds in the cache) the base dom0 root file system of the real-Xen e2e tier: Debian bookworm
# minbase + Xen 4.17 + the Debian kernel + Java 17 + sshd (the harness's command channel) + the tools of the Agent's
# storage (LVM2) and host networking (nftables, dnsmasq).
#
#   releng/e2e-xen/build-base-image.sh [--print-dir]
#
# The result is a directory $XENOPHILIA_E2E_CACHE/base/<key>/ with rootfs/ (the chroot), boot/ (xen, vmlinuz,
# initrd.img: a small dom0 initrd with only the virtio + ext4 modules; guest-initrd.img: the same for a guest, with
# the Xen block and network front ends, for images whose root is a disk and whose kernel is this one) and packages.txt (name/version of every
# installed package). <key> is a hash of BASE_VERSION + suite + both package lists, so a second run with the same
# lists is a cache hit in seconds. The directory is built under a temporary name and renamed when complete: an
# interrupted build never leaves a half cache. A lock serialises concurrent builders.
# --print-dir prints only the base directory on stdout (for the other scripts).
set -euo pipefail
E2E_SCRIPT=build-base-image
. "$(dirname "$0")/lib.sh"

# Bump when the way the base is built changes (not needed for package list changes: they are in the key).
BASE_VERSION=4
# Installed by debootstrap itself (--include). Keep sorted.
DEBOOTSTRAP_PACKAGES=(busybox iproute2 kmod linux-image-amd64 procps xen-hypervisor-4.17-amd64 xen-utils-4.17)
# Installed afterwards with apt-get --no-install-recommends in the chroot (policy-rc.d exits 101). Keep sorted.
# lvm2 + thin-provisioning-tools (thin_check, which activating a thin pool runs): the lvm storage backend's tools.
# nftables + dnsmasq-base: the linux host networking's (with iproute2 and procps' sysctl, installed above); the
# Agent's .deb only recommends them, and dpkg -i installs no recommends.
APT_PACKAGES=(bridge-utils dnsmasq-base lvm2 nftables openjdk-17-jre-headless openssh-server thin-provisioning-tools)

print_dir=false
for a in "$@"; do
    case $a in
        --print-dir) print_dir=true ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) e2e_die $E2E_EXIT_SETUP "unknown argument: $a" ;;
    esac
done

key=$(printf 'version=%s\nsuite=%s\nvariant=minbase\ndebootstrap=%s\napt=%s\n' "$BASE_VERSION" "$E2E_SUITE" \
    "${DEBOOTSTRAP_PACKAGES[*]}" "${APT_PACKAGES[*]}" | sha256sum | cut -c1-16)
base=$(e2e_base_dir "$key")

finish() {
    if $print_dir; then echo "$base"; else e2e_log "base image: $base"; fi
}

if [ -f "$base/complete" ]; then
    e2e_log "cache hit: base $key ($(cat "$base/built-in" 2>/dev/null || echo '?') to build cold)"
    finish
    exit 0
fi

e2e_require_root
e2e_ensure_host_packages "${E2E_HOST_PACKAGES[@]}"
mkdir -p "$E2E_CACHE/base"
exec 9>"$E2E_CACHE/base/.lock"
e2e_log "waiting for the base cache lock"
flock 9
if [ -f "$base/complete" ]; then # another builder finished it while we waited
    e2e_log "cache hit after waiting for the lock: base $key"
    finish
    exit 0
fi
# under the lock, any temporary directory is a leftover of an interrupted build (the chroot steps run in
# private mount namespaces, so nothing is mounted there; the umount is a guard before rm -rf)
awk -v p="$E2E_CACHE/base/.tmp-" 'index($2, p) == 1 { print $2 }' /proc/mounts | sort -r | xargs -r umount -l
rm -rf "$E2E_CACHE/base/.tmp-"*

mirror=$(e2e_mirror)
[ -n "$mirror" ] || e2e_die $E2E_EXIT_SETUP "no Debian $E2E_SUITE entry in the machine's apt sources"
tmp=$E2E_CACHE/base/.tmp-$key-$$
R=$tmp/rootfs
mkdir -p "$tmp"
t_start=$(e2e_now)
e2e_log "cache miss: building base $key in $tmp (debootstrap $E2E_SUITE minbase, the machine's mirror)"

t=$(e2e_now)
include=$(IFS=,; echo "${DEBOOTSTRAP_PACKAGES[*]}")
# shellcheck disable=SC2086
unshare --mount --propagation private -- $E2E_NICE debootstrap --variant=minbase --include="$include" "$E2E_SUITE" "$R" "$mirror" \
    > "$tmp/debootstrap.log" 2>&1 || {
    tail -n 30 "$tmp/debootstrap.log" >&2
    e2e_die $E2E_EXIT_INFRA "debootstrap failed (log: $tmp/debootstrap.log)"
}
e2e_log "debootstrap done in $(e2e_elapsed "$t")s"

# no service may start inside the chroot (kept in the base; build-image.sh removes it from the final image)
printf '#!/bin/sh\nexit 101\n' > "$R/usr/sbin/policy-rc.d"
chmod 755 "$R/usr/sbin/policy-rc.d"
e2e_apt_entries > "$R/etc/apt/sources.list"
cp /etc/resolv.conf "$R/etc/resolv.conf"
t=$(e2e_now)
{
    e2e_in_chroot "$R" apt-get update -q &&
    e2e_in_chroot "$R" apt-get -y -q -o Dpkg::Options::=--force-confold upgrade &&
    e2e_in_chroot "$R" apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}"
} > "$tmp/apt.log" 2>&1 || {
    tail -n 30 "$tmp/apt.log" >&2
    e2e_die $E2E_EXIT_INFRA "apt in the chroot failed (log: $tmp/apt.log)"
}
e2e_in_chroot "$R" apt-get clean
rm -rf "$R/var/lib/apt/lists/"*
: > "$R/etc/resolv.conf"
e2e_log "apt upgrade + ${APT_PACKAGES[*]} done in $(e2e_elapsed "$t")s"

# boot files: Xen (QEMU's multiboot loader needs the uncompressed ELF), the kernel, and a small initrd with
# only what finds the root disk (dom0 reaches userspace much sooner under TCG than with the full initrd)
kver=$(ls "$R/boot" | sed -n 's/^vmlinuz-//p' | sort -V | tail -n 1)
[ -n "$kver" ] || e2e_die $E2E_EXIT_INFRA "no kernel in the rootfs"
mkdir -p "$tmp/boot"
zcat "$R"/boot/xen-4.17-amd64.gz > "$tmp/boot/xen"
cp "$R/boot/vmlinuz-$kver" "$tmp/boot/vmlinuz"
t=$(e2e_now)
e2e_in_chroot "$R" /bin/sh -c "set -e; rm -rf /tmp/ic; mkdir -p /tmp/ic; cp -r /etc/initramfs-tools/* /tmp/ic/;
    sed -i 's/^MODULES=.*/MODULES=list/' /tmp/ic/initramfs.conf; printf 'virtio_pci\nvirtio_blk\next4\n' > /tmp/ic/modules;
    mkinitramfs -d /tmp/ic -o /tmp/initrd-small.img $kver; rm -rf /tmp/ic" > "$tmp/initrd.log" 2>&1 || {
    tail -n 20 "$tmp/initrd.log" >&2
    e2e_die $E2E_EXIT_INFRA "mkinitramfs failed"
}
mv "$R/tmp/initrd-small.img" "$tmp/boot/initrd.img"
e2e_log "small dom0 initrd ($(du -h "$tmp/boot/initrd.img" | cut -f1)) in $(e2e_elapsed "$t")s"
t=$(e2e_now)
e2e_in_chroot "$R" /bin/sh -c "set -e; rm -rf /tmp/ic; mkdir -p /tmp/ic; cp -r /etc/initramfs-tools/* /tmp/ic/;
    sed -i 's/^MODULES=.*/MODULES=list/' /tmp/ic/initramfs.conf; printf 'xen_blkfront\nxen_netfront\next4\n' > /tmp/ic/modules;
    mkinitramfs -d /tmp/ic -o /tmp/initrd-guest.img $kver; rm -rf /tmp/ic" > "$tmp/guest-initrd.log" 2>&1 || {
    tail -n 20 "$tmp/guest-initrd.log" >&2
    e2e_die $E2E_EXIT_INFRA "mkinitramfs of the guest initrd failed"
}
mv "$R/tmp/initrd-guest.img" "$tmp/boot/guest-initrd.img"
e2e_log "small guest initrd ($(du -h "$tmp/boot/guest-initrd.img" | cut -f1)) in $(e2e_elapsed "$t")s"

e2e_in_chroot "$R" dpkg-query -W -f='${Package} ${Version}\n' > "$tmp/packages.txt"
printf 'key=%s\nversion=%s\nsuite=%s\ndebootstrap=%s\napt=%s\nkernel=%s\nbuilt=%s\n' "$key" "$BASE_VERSION" \
    "$E2E_SUITE" "${DEBOOTSTRAP_PACKAGES[*]}" "${APT_PACKAGES[*]}" "$kver" "$(date -Is)" > "$tmp/key.txt"
echo "$(e2e_elapsed "$t_start")s" > "$tmp/built-in"
touch "$tmp/complete"
rm -rf "$base"
mv "$tmp" "$base"
e2e_log "base $key built in $(e2e_elapsed "$t_start")s ($(du -sh "$base/rootfs" | cut -f1)), $(wc -l < "$base/packages.txt") packages"
finish
