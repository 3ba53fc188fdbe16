#!/usr/bin/env bash
# Lays every rendered icon out on one sheet for a visual check. Per icon two tiles: the light set (png/)
# on white and the dark set (png-dark/) on dark grey, each with the 16, 24 and 32 px PNGs at their real
# size and the 16 px one enlarged 8x. Needs ImageMagick (Debian: apt-get install imagemagick).
# Usage: icons/contact-sheet.sh OUT.png
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
icons="$here/src/main/resources/dev/mpuworkbench/icons"
out="${1:?usage: contact-sheet.sh OUT.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tiles=()
for icon in "$icons"/png/16/*.png; do
    name="$(basename "$icon" .png)"
    for variant in png:white 'png-dark:#3B3F45'; do
        set="${variant%%:*}"
        tile="$work/$name-$set.png"
        convert -size 228x136 "xc:${variant#*:}" \
            "$icons/$set/16/$name.png" -geometry +4+4 -composite \
            "$icons/$set/24/$name.png" -geometry +24+4 -composite \
            "$icons/$set/32/$name.png" -geometry +52+4 -composite \
            \( "$icons/$set/16/$name.png" -filter point -resize 800% \) -geometry +92+4 -composite \
            "$tile"
        tiles+=(-label "$name" "$tile")
    done
done
montage "${tiles[@]}" -tile 6x -geometry +6+6 -pointsize 12 -background '#D8D8D8' "$out"
echo "contact-sheet.sh: wrote $out"
