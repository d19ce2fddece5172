#!/usr/bin/env python3
"""Draws the Teams app icons (standard library only, deterministic): a shield with a check mark.

color.png   192x192, full colour: white shield on the AimsBot accent colour, check in the accent colour.
outline.png  32x32, white shield on a transparent background, the check cut out.
Run from anywhere: python3 manifests/teams/make-icons.py
"""
import os
import struct
import zlib

ACCENT = (0x2B, 0x57, 0x97)
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4


def shield_polygon():
    points = [(0.50, 0.10), (0.82, 0.22), (0.82, 0.48)]
    # Lower sides curve in to the bottom point (quadratic Bezier on each side).
    for side in (((0.82, 0.48), (0.80, 0.76), (0.50, 0.92)), ((0.50, 0.92), (0.20, 0.76), (0.18, 0.48))):
        (x0, y0), (cx, cy), (x1, y1) = side
        for i in range(1, 17):
            t = i / 16
            x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1
            y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1
            points.append((x, y))
    points += [(0.18, 0.22)]
    return points


SHIELD = shield_polygon()
CHECK = [(0.35, 0.51), (0.46, 0.63), (0.67, 0.39)]
CHECK_HALF_WIDTH = 0.055


def inside(points, x, y):
    result = False
    j = len(points) - 1
    for i in range(len(points)):
        xi, yi = points[i]
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def near_check(x, y):
    for (x0, y0), (x1, y1) in zip(CHECK, CHECK[1:]):
        dx, dy = x1 - x0, y1 - y0
        t = max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
        px, py = x0 + t * dx - x, y0 + t * dy - y
        if px * px + py * py <= CHECK_HALF_WIDTH ** 2:
            return True
    return False


def coverage(size, px, py):
    """Fractions of the pixel covered by the shield and by the check mark."""
    shield = check = 0
    for sy in range(SUPERSAMPLE):
        for sx in range(SUPERSAMPLE):
            x = (px + (sx + 0.5) / SUPERSAMPLE) / size
            y = (py + (sy + 0.5) / SUPERSAMPLE) / size
            if inside(SHIELD, x, y):
                if near_check(x, y):
                    check += 1
                else:
                    shield += 1
    total = SUPERSAMPLE * SUPERSAMPLE
    return shield / total, check / total


def write_png(path, size, pixel):
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter: none
        for x in range(size):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def colour_pixel(x, y):
    shield, _ = coverage(192, x, y)
    mix = [round(a * (1 - shield) + w * shield) for a, w in zip(ACCENT, WHITE)]
    return bytes(mix + [255])


def outline_pixel(x, y):
    shield, _ = coverage(32, x, y)
    alpha = round(255 * shield)
    return bytes([255, 255, 255, alpha]) if alpha else bytes([0, 0, 0, 0])


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(here, "color.png"), 192, colour_pixel)
    write_png(os.path.join(here, "outline.png"), 32, outline_pixel)
    print("wrote color.png (192x192) and outline.png (32x32) in", here)
