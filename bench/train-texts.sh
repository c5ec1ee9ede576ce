# Sourced by the bench scripts that read the PolNeAR train texts in place (never copied): sets
# $shared and $texts, or says the script is skipped and ends it with status 0 when the texts are
# not there. Needs $root (the repository). QUOTETRACE_SHARED points elsewhere than ../shared.
shared="${QUOTETRACE_SHARED:-$root/../shared}"
texts="$shared/eval/polnear/train/text"
if [ ! -d "$texts" ]; then
  echo "$(basename "$0" .sh): skipped: no PolNeAR train texts at $texts (set QUOTETRACE_SHARED)" >&2
  exit 0
fi
