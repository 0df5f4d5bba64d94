#!/usr/bin/env bash
# Runs the packaged launcher as an admin's script would: a real process on a plain JVM, checking exit codes and
# that xl.cfg -> XML -> xl.cfg keeps the domain. Argument: the assembled tool folder (target/xenophilia-cli).
set -uo pipefail
TOOL="$1/bin/xenophilia-xlconv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0
check() { # description expected-exit actual-exit
    if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: exit $3, expected $2"; failures=$((failures + 1)); fi
}

cat > "$WORK/web01.cfg" <<'CFG'
# a PV guest as admins write them
name = "web01"
type = 'pv'
memory = 512
maxmem = 1024
vcpus = 2
kernel = "/boot/vmlinuz"
extra = "console=hvc0"
disk = [ 'file:/srv/xen/web01.img,xvda,w',
         "format=raw, vdev=xvdb, access=ro, target=/srv/xen/data.img" ]
vif = [ 'mac=00:16:3e:00:00:01,bridge=xenbr0' ]
usbdevice = [ 'tablet' ]   # not in the model: must survive
CFG

"$TOOL" to-xml -o "$WORK/web01.xml" "$WORK/web01.cfg" 2> "$WORK/err"; check "to-xml of a valid config" 0 $?
grep -q "<domain:name>web01</domain:name>\|<name>web01</name>" "$WORK/web01.xml" 2>/dev/null
check "the XML names the domain" 0 $?
"$TOOL" to-xl -o "$WORK/back.cfg" "$WORK/web01.xml" 2> "$WORK/err"; check "to-xl of the XML" 0 $?
grep -q "usbdevice" "$WORK/back.cfg"; check "an unknown key survives xl.cfg -> XML -> xl.cfg" 0 $?
grep -q "memory *= *512" "$WORK/back.cfg"; check "memory survives" 0 $?
"$TOOL" to-xml < "$WORK/web01.cfg" - > /dev/null 2>&1; check "reading standard input" 0 $?

printf 'name = "bad"\nmemory = = 128\n' > "$WORK/bad.cfg"
"$TOOL" to-xml "$WORK/bad.cfg" > /dev/null 2> "$WORK/err"; check "a syntax error exits 1" 1 $?
grep -q "bad.cfg:2:" "$WORK/err"; check "the error names file:line (got: $(head -c 200 "$WORK/err"))" 0 $?

printf 'name = "small"\nmemory = 1024\nmaxmem = 512\nkernel = "/boot/vmlinuz"\n' > "$WORK/invalid.cfg"
"$TOOL" to-xml "$WORK/invalid.cfg" > /dev/null 2> "$WORK/err"; check "an invalid definition exits 1" 1 $?
grep -q "maxmem" "$WORK/err"; check "the error names the field (got: $(head -c 200 "$WORK/err"))" 0 $?

# the folder holds web01.cfg and back.cfg (valid), bad.cfg and invalid.cfg
"$TOOL" validate "$WORK"/*.cfg 2> "$WORK/err"; check "validate of every .cfg in a folder, some bad, exits 1" 1 $?
[ "$(grep -c ': valid$' "$WORK/err")" = 2 ] && grep -q "bad.cfg:2:" "$WORK/err" && grep -q "invalid.cfg" "$WORK/err"
check "each file is reported (got: $(tr '\n' '|' < "$WORK/err" | head -c 400))" 0 $?
chmod 640 "$WORK/web01.xml"
"$TOOL" to-xml -o "$WORK/web01.xml" "$WORK/web01.cfg" 2> /dev/null
[ "$(stat -c %a "$WORK/web01.xml")" = 640 ]; check "-o keeps an existing file's mode" 0 $?

"$TOOL" frobnicate > /dev/null 2>&1; check "an unknown subcommand exits 2" 2 $?
"$TOOL" > /dev/null 2>&1; check "no arguments exits 2" 2 $?
"$TOOL" --help > "$WORK/help" 2>&1; check "--help exits 0" 0 $?
grep -q "to-xml" "$WORK/help"; check "--help lists to-xml" 0 $?

echo "launcher smoke test: $failures failure(s)"
[ "$failures" = 0 ]
