#!/usr/bin/env bash
# Builds the Teams app package: manifest.json (placeholders replaced), color.png and outline.png at the
# root of a zip. Usage:
#   MICROSOFT_APP_ID=<bot app id GUID> [TEAMS_APP_ID=<GUID>] [AIMSBOT_WEBSITE_URL=https://...] \
#     manifests/teams/package.sh [output.zip]
# TEAMS_APP_ID defaults to MICROSOFT_APP_ID; AIMSBOT_WEBSITE_URL replaces https://aimsbot.example.com
# in the developer URLs. Default output: manifests/teams/build/aimsbot-teams.zip.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
output="${1:-$here/build/aimsbot-teams.zip}"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
placeholder='00000000-0000-0000-0000-000000000000'

bot_id="${MICROSOFT_APP_ID:-}"
app_id="${TEAMS_APP_ID:-$bot_id}"
website="${AIMSBOT_WEBSITE_URL:-https://aimsbot.example.com}"

if [[ ! "$bot_id" =~ $guid || "$bot_id" == "$placeholder" ]]; then
  echo "MICROSOFT_APP_ID must be the bot's Microsoft App ID (a GUID), got '${bot_id}'." >&2
  exit 2
fi
if [[ ! "$app_id" =~ $guid || "$app_id" == "$placeholder" ]]; then
  echo "TEAMS_APP_ID must be a GUID, got '${app_id}'." >&2
  exit 2
fi
if [[ ! "$website" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$ ]]; then
  echo "AIMSBOT_WEBSITE_URL must be an https URL without query or fragment, got '${website}'." >&2
  exit 2
fi
website="${website%/}"

mkdir -p "$(dirname "$output")"
python3 - "$here" "$output" "$bot_id" "$app_id" "$website" <<'PY'
import json, sys, zipfile
here, output, bot_id, app_id, website = sys.argv[1:]
with open(f"{here}/manifest.json", encoding="utf-8") as f:
    manifest = json.load(f)
manifest["id"] = app_id
for bot in manifest.get("bots", []):
    bot["botId"] = bot_id
for key in ("websiteUrl", "privacyUrl", "termsOfUseUrl"):
    manifest["developer"][key] = manifest["developer"][key].replace("https://aimsbot.example.com", website)
with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"),):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    for name in ("color.png", "outline.png"):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(f"{here}/{name}", "rb") as f:
            z.writestr(info, f.read())
print(output)
PY
