#!/usr/bin/env python3
"""Draws the Workbench's small PNG icons (no image library needed): python3 releng/icons/make-icons.py"""
import os, struct, zlib

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'bundles', 'org.xenophilia.ui', 'icons')

def png(path, size, pixel):
    rows = b''.join(b'\0' + b''.join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
    data += chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(data)

def logo(x, y, n):
    """A blue rounded square with a white X: the Xenophilia mark."""
    r = n / 5.0
    cx, cy = min(max(x + .5, r), n - r), min(max(y + .5, r), n - r)
    if (x + .5 - cx) ** 2 + (y + .5 - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    u, v = (x + .5) / n, (y + .5) / n
    w = 0.09
    if 0.22 < u < 0.78 and 0.22 < v < 0.78 and (abs(u - v) < w or abs(u + v - 1) < w):
        return (255, 255, 255, 255)
    return (31, 94, 168, 255)

def node(x, y, n):
    """A grey server box with two drive bays: a Xen host."""
    if x < 1 or x > n - 2 or y < 2 or y > n - 3:
        return (0, 0, 0, 0)
    if x in (1, n - 2) or y in (2, n - 3):
        return (70, 70, 70, 255)
    if y in (6, 10) and 3 <= x <= n - 6:
        return (70, 70, 70, 255)
    if y in (6, 10) and x == n - 4:
        return (40, 170, 60, 255)
    return (200, 205, 212, 255)

os.makedirs(OUT, exist_ok=True)
for s in (16, 32, 48):
    png(os.path.join(OUT, 'xenophilia%d.png' % s), s, logo)
png(os.path.join(OUT, 'node16.png'), 16, node)

def state(colour, shape):
    """A domain's power state: a coloured disc with a white mark (play, pause bars, square, or nothing)."""
    def pixel(x, y, n):
        cx = cy = (n - 1) / 2.0
        d2 = (x - cx) ** 2 + (y - cy) ** 2
        if d2 > (n / 2.0 - 0.5) ** 2:
            return (0, 0, 0, 0)
        if d2 > (n / 2.0 - 1.5) ** 2:
            return tuple(int(c * 0.7) for c in colour) + (255,)
        u, v = x - cx, y - cy
        white = (255, 255, 255, 255)
        if shape == 'play' and -2.5 <= u <= 3 and abs(v) <= (3 - u) * 0.6:
            return white
        if shape == 'pause' and abs(v) <= 3 and (1 <= abs(u) <= 2.5):
            return white
        if shape == 'stop' and abs(u) <= 2.5 and abs(v) <= 2.5:
            return white
        if shape == 'ring' and 2.2 <= (u * u + v * v) ** 0.5 <= 3.6 and not (u > 0 and v < 0):
            return white
        if shape == 'ring' and 0 <= u <= 3.5 and -4.5 <= v <= -1.5 and u - v <= 5.5:
            return white
        return colour + (255,)
    return pixel

png(os.path.join(OUT, 'vm-running16.png'), 16, state((40, 160, 60), 'play'))
png(os.path.join(OUT, 'vm-paused16.png'), 16, state((220, 160, 30), 'pause'))
png(os.path.join(OUT, 'vm-halted16.png'), 16, state((150, 150, 155), 'stop'))
png(os.path.join(OUT, 'vm-suspended16.png'), 16, state((70, 110, 200), 'pause'))
png(os.path.join(OUT, 'vm-unknown16.png'), 16, state((190, 60, 60), 'none'))
png(os.path.join(OUT, 'op-reboot16.png'), 16, state((40, 130, 180), 'ring'))

# the storage bundle's icons
STORAGE = os.path.join(os.path.dirname(__file__), '..', '..', 'bundles', 'org.xenophilia.ui.storage', 'icons')
os.makedirs(STORAGE, exist_ok=True)

def plus(pixel):
    """Adds a green plus in the bottom right corner: a New command."""
    def drawn(x, y, n):
        if 9 <= x <= 15 and 9 <= y <= 15:
            if (x == 12 and 9 <= y <= 15) or (y == 12 and 9 <= x <= 15):
                return (30, 150, 50, 255)
            if (11 <= x <= 13 and 8 <= y <= 16) or (11 <= y <= 13 and 8 <= x <= 16):
                return (255, 255, 255, 255)
        return pixel(x, y, n)
    return drawn

def repository(x, y, n):
    """A blue cylinder: a storage repository."""
    cx, rx, ry = 7.5, 6.5, 2.2
    top, bottom = 3.5, 12.5
    def inside(yc):
        return ((x - cx) / rx) ** 2 + ((y - yc) / ry) ** 2 <= 1
    if inside(top):
        edge = ((x - cx) / rx) ** 2 + ((y - top) / ry) ** 2 > 0.55
        return (40, 80, 150, 255) if edge else (150, 185, 235, 255)
    if abs(x - cx) <= rx and top <= y <= bottom or inside(bottom):
        if abs(x - cx) > rx - 1 or (y > bottom and ((x - cx) / rx) ** 2 + ((y - bottom) / ry) ** 2 > 0.55):
            return (40, 80, 150, 255)
        return (80, 130, 205, 255) if int(y) not in (7, 10) else (50, 95, 170, 255)
    return (0, 0, 0, 0)

def volume(x, y, n):
    """A grey disk drive with a green light: a volume."""
    if x < 1 or x > n - 2 or y < 4 or y > n - 5:
        return (0, 0, 0, 0)
    if x in (1, n - 2) or y in (4, n - 5):
        return (70, 70, 70, 255)
    if y == n - 7 and x == n - 4:
        return (40, 170, 60, 255)
    return (210, 214, 220, 255)

def snapshot(x, y, n):
    """A volume with a clock: a snapshot."""
    d2 = (x - 11) ** 2 + (y - 11) ** 2
    if d2 <= 20:
        if d2 >= 13:
            return (120, 90, 20, 255)
        if (x == 11 and 8 <= y <= 11) or (y == 11 and 11 <= x <= 13):
            return (60, 40, 10, 255)
        return (250, 220, 120, 255)
    return volume(x, y, n)

def folder(x, y, n):
    """A yellow folder: a directory of files."""
    if 1 <= x <= 6 and 3 <= y <= 4:
        return (200, 150, 40, 255)
    if 1 <= x <= n - 2 and 4 <= y <= n - 3:
        if x in (1, n - 2) or y in (4, n - 3):
            return (170, 120, 30, 255)
        return (240, 200, 90, 255)
    return (0, 0, 0, 0)

png(os.path.join(STORAGE, 'repository16.png'), 16, repository)
png(os.path.join(STORAGE, 'new-repository16.png'), 16, plus(repository))
png(os.path.join(STORAGE, 'volume16.png'), 16, volume)
png(os.path.join(STORAGE, 'new-volume16.png'), 16, plus(volume))
png(os.path.join(STORAGE, 'snapshot16.png'), 16, snapshot)
png(os.path.join(STORAGE, 'type-file16.png'), 16, folder)

# the network bundle's icons
NETWORK = os.path.join(os.path.dirname(__file__), '..', '..', 'bundles', 'org.xenophilia.ui.network', 'icons')
os.makedirs(NETWORK, exist_ok=True)

def network(x, y, n):
    """Three green hosts on one line: a network (a bridge and its guests)."""
    if 2 <= y <= 3 and 2 <= x <= 13 or 7 <= x <= 8 and 3 <= y <= 9 or 2 <= x <= 3 and 3 <= y <= 9 \
            or 12 <= x <= 13 and 3 <= y <= 9:
        return (60, 70, 80, 255)
    for cx in (2.5, 7.5, 12.5):
        if abs(x - cx) <= 2 and 10 <= y <= 14:
            return (30, 120, 60, 255) if abs(x - cx) == 2 or y in (10, 14) else (110, 200, 130, 255)
    return (0, 0, 0, 0)

def lease(x, y, n):
    """A tag: an address handed out."""
    if 3 <= x <= 13 and 4 <= y <= 11 and x - 3 >= abs(y - 7.5) - 1:
        if (x - 6) ** 2 + (y - 7.5) ** 2 <= 1.5:
            return (255, 255, 255, 255)
        return (200, 140, 40, 255)
    return (0, 0, 0, 0)

png(os.path.join(NETWORK, 'network16.png'), 16, network)
png(os.path.join(NETWORK, 'new-network16.png'), 16, plus(network))
png(os.path.join(NETWORK, 'lease16.png'), 16, lease)

# the image bundle's icons
DEPLOY = os.path.join(os.path.dirname(__file__), '..', '..', 'bundles', 'org.xenophilia.ui.deploy', 'icons')
os.makedirs(DEPLOY, exist_ok=True)

def image(x, y, n):
    """A brown box with a lid line and a white label: a packaged guest image."""
    if x < 1 or x > n - 2 or y < 3 or y > n - 2:
        return (0, 0, 0, 0)
    if x in (1, n - 2) or y in (3, n - 2) or y == 6:
        return (110, 75, 35, 255)
    if 5 <= x <= n - 6 and 8 <= y <= 10:
        return (255, 255, 255, 255)
    return (205, 160, 95, 255)

def push(x, y, n):
    """An image with a blue arrow up over it: an image sent to a node."""
    u = x - (n - 1) / 2.0
    if y <= 7 and abs(u) <= (y - 0.5) * 0.8 and y >= 1 or 7 < y <= 12 and abs(u) <= 1:
        return (31, 94, 168, 255)
    return image(x, y, n) if y >= 9 else (0, 0, 0, 0)

png(os.path.join(DEPLOY, 'image16.png'), 16, image)
png(os.path.join(DEPLOY, 'deploy16.png'), 16, plus(image))
png(os.path.join(DEPLOY, 'push16.png'), 16, push)
