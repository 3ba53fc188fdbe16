#!/usr/bin/env bash
# Renders every SVG icon source (src/main/svg) to the PNG sizes the workbench uses, with librsvg's
# rsvg-convert, and records the SHA-256 of each source so the tests can tell a stale PNG set.
# Two sets: png/ for light backgrounds as drawn, and png-dark/ for dark backgrounds, where the palette
# colours that only work on a light background are swapped (see ON_DARK); every other colour stays.
#
# Palette (exact values; IconSourcesTest keeps the sources to it):
#   #37404F ink: outlines and details on pale fills      #262B33 mark: dark details on coloured fills
#   #FAFBFC paper: pale surfaces (documents, windows)   #FFFFFF glyph: white marks on coloured fills
#   #2F6FD6 blue  #2E9E4F green  #D0413C red  #E8A317 amber  #5CD07C light green (app icon only)
#   #D6E4FA blue tint  #D5F0DC green tint  #FCEBC2 amber tint
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). Run from anywhere: icons/render.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/src/main/svg"
resources="$here/src/main/resources/dev/mpuworkbench/icons"
ON_DARK=(-e 's/#37404F/#CFD6E0/g' -e 's/#FAFBFC/#474E59/g'
         -e 's/#D6E4FA/#2F4B78/g' -e 's/#D5F0DC/#2F5E3E/g' -e 's/#FCEBC2/#6E5A2A/g')

if ! command -v rsvg-convert >/dev/null; then
    echo "render.sh: needs rsvg-convert: apt-get install librsvg2-bin" >&2
    exit 1
fi

# Must agree with IconName: APP comes in the large sizes too, every other icon in the UI sizes.
ui_sizes=(16 24 32)
app_sizes=(16 24 32 64 128 256)

rm -f "$resources"/png/*/*.png "$resources"/png-dark/*/*.png
for svg in "$src"/*.svg; do
    name="$(basename "$svg" .svg)"
    if [[ $name == app ]]; then sizes=("${app_sizes[@]}"); else sizes=("${ui_sizes[@]}"); fi
    for size in "${sizes[@]}"; do
        mkdir -p "$resources/png/$size" "$resources/png-dark/$size"
        rsvg-convert --width "$size" --height "$size" --format png --output "$resources/png/$size/$name.png" "$svg"
        sed "${ON_DARK[@]}" "$svg" \
            | rsvg-convert --width "$size" --height "$size" --format png --output "$resources/png-dark/$size/$name.png"
    done
done
(cd "$src" && LC_ALL=C sha256sum -- *.svg) > "$resources/png/sources.sha256"
echo "render.sh: $(ls "$src"/*.svg | wc -l) icons rendered by $(rsvg-convert --version)"
