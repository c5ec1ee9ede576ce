# Sourced: sets JAVA_HOME to a JDK of version 21 or newer, or exits with a message.
# The machine's default java is 17, so look under /usr/lib/jvm first.
_qt_version() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}' | cut -d. -f1; }
_qt_ok() { [ -x "$1/bin/javac" ] && [ "$(_qt_version "$1")" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && _qt_ok "$JAVA_HOME"; then
  :
else
  JAVA_HOME=""
  for d in /usr/lib/jvm/temurin-*-jdk* /usr/lib/jvm/java-2[1-9]-* /usr/lib/jvm/java-[3-9][0-9]-* /usr/lib/jvm/*; do
    if [ -d "$d" ] && _qt_ok "$d"; then JAVA_HOME="$d"; break; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "quotetrace: no JDK 21 or newer found under /usr/lib/jvm; install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME" >&2
    exit 2
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
