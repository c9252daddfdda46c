#!/usr/bin/env bash
# sqlmap against a throwaway Essaim (SQLite in a temporary directory, loopback only), signed in as
# each role: every GET parameter of the pages and API a role reaches, and every POST form it is
# shown. Fails when sqlmap finds an injectable parameter, or when it could not test at all.
#
# Usage: tests/security/sqlmap.sh ESSAIM_BINARY   (from the repository root)
# ESSAIM_TEST_LEVEL=short (default): level 1, risk 1, boolean/error/UNION techniques, each parameter
# of each route once, as the first role that reaches it. ESSAIM_TEST_LEVEL=long: every target of
# every role, risk 2 and every technique (stacked queries and time-based blind too), at
# ESSAIM_SQLMAP_LEVEL (default 1: level 2 triples the time, level 3 makes it about ten times
# longer, mostly in more UNION column counts on free-text parameters). ESSAIM_SQLMAP_ROLES limits
# a run to some of the roles (visiteur membre … administrateur), so that a long run can be shared
# between processes with disjoint lists, each with its own server.
#
# Targets come from the router (the paths registered with registry.get/post in src/) and from a
# crawl of the pages each role can open from them: query strings of links, GET forms, and the
# POST forms with their fields. Query parameter names read by the handler's source file (and the
# files whose headers it includes) are added to each GET route, so API filters that no page links
# to are tested too.
set -euo pipefail

if [[ $# -ne 1 || ! -x "$1" ]]; then
    echo "usage: $0 ESSAIM_BINARY" >&2
    exit 2
fi
binary=$(realpath "$1")
level=${ESSAIM_TEST_LEVEL:-short}
repository=$(pwd)
if [[ ! -d "$repository/src" || ! -d "$repository/migrations" ]]; then
    echo "run from the repository root" >&2
    exit 2
fi
command -v sqlmap >/dev/null || { echo "sqlmap is not installed (scripts/setup.sh installs it)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/essaim-sqlmap.XXXXXX")
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
export ESSAIM_DATABASE_URL="sqlite:$work/essaim.db" ESSAIM_VAR_DIR="$work/var" ESSAIM_LISTEN="127.0.0.1:$port"
export ESSAIM_PUBLIC_URL="$base" ESSAIM_LOG_LEVEL=warn
unset ESSAIM_SMTP_URL
mkdir -p "$work/var" "$work/out" "$work/jars"

"$binary" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; exit 1; }
"$binary" seed-demo >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }

# One fresh account per role, made the way an operator makes them; `membre` is every account's.
roles=(membre accompagnateur financeur instructeur expert hacker_public agent_public administrateur)
password="sqlmap-essaim-$RANDOM-abeilles-butinent"
for role in "${roles[@]}"; do
    arguments=(create-user --email "sqlmap-$role@exemple.fr" --name "Compte sqlmap $role")
    [[ "$role" != membre ]] && arguments+=(--role "$role")
    printf '%s\n' "$password" | "$binary" "${arguments[@]}" >>"$work/users.log" 2>&1 \
        || { cat "$work/users.log" >&2; exit 1; }
done

# sqlmap's payloads on the sign-in form are failed sign-ins: under the default limits the address
# would soon be throttled, the roles' own sign-ins refused, and the payloads answered 429 before
# any query ran. The same holds for the counts of sign-ups and reset requests. Injection is what
# is tested here; the limits are tested by Throttling.*, ThrottleRace.* and SignUpFlood.*.
cat >"$work/essaim.toml" <<'TOML'
[security]
sign_in_failures_per_account = 1000000
sign_in_failures_per_address = 1000000
sign_ups_per_address = 1000000
sign_ups_per_email = 1000000
password_resets_per_address = 1000000
password_resets_per_email = 1000000
TOML
"$binary" --config "$work/essaim.toml" serve >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
    curl -fs -o /dev/null "$base/healthz" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
curl -fs -o /dev/null "$base/healthz" || { echo "the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }

# curl keeps the __Host- cookies (Secure) over plain HTTP because 127.0.0.1 is a local host.
cookie_of() { awk -v name="$2" '$6 == name { print $7 }' "$1"; }
# The CSRF token a page carries for the jar's session (or pre-session cookie); any masked form passes.
page_csrf() { curl -fs -c "$1" -b "$1" "$base/connexion" | sed -n 's/.*<meta name="csrf-token" content="\([^"]*\)".*/\1/p' | head -n 1; }

sign_in() {  # role jar [email password]
    local jar=$2 email=${3:-sqlmap-$1@exemple.fr} secret=${4:-$password}
    local token
    token=$(page_csrf "$jar")
    [[ -n "$token" ]] || { echo "no CSRF token for $1" >&2; return 1; }
    local status
    status=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "email=$email" \
        --data-urlencode "password=$secret" --data-urlencode "csrf_token=$token" "$base/connexion")
    [[ "$status" == 303 ]] || { echo "sign-in of $1 answered $status" >&2; return 1; }
    [[ $(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$base/compte") == 200 ]] \
        || { echo "$1 is not signed in after sign-in" >&2; return 1; }
}

still_signed_in() {  # jar
    [[ $(curl -s -b "$1" -o /dev/null -w '%{http_code}' "$base/compte") == 200 ]]
}

# The crawl and target list: Python's standard library only (sqlmap needs Python anyway).
cat >"$work/plan.py" <<'PYTHON'
import html.parser, json, os, re, sys, urllib.parse, urllib.request, urllib.error

base, cookie, repository, level, role = sys.argv[1:6]
max_pages = 400 if level == "long" else 150

# The router: every path registered in src/, with the source file that registers it.
register = re.compile(r'registry\.(get|post)\(\s*"([^"]+)"')
names_read = re.compile(r'(?:query_parameter|query\.get|\bparameter)\(\s*"([a-z_][a-z0-9_]*)"'
                        r'|read_\w+\(\s*parameter\s*,\s*"([a-z_][a-z0-9_]*)"')
include = re.compile(r'#include\s+"([^"]+)\.hpp"')
routes = []            # (method, pattern, regex, file)
file_names = {}        # source file -> parameter names it reads from the query
sources = {}
for folder, _, files in os.walk(os.path.join(repository, "src")):
    for name in files:
        if name.endswith(".cpp"):
            path = os.path.join(folder, name)
            sources[os.path.relpath(path, os.path.join(repository, "src"))] = open(path, encoding="utf-8").read()

def read_names(relative):
    text = sources.get(relative, "")
    return {a or b for a, b in names_read.findall(text)}

for relative, text in sources.items():
    for method, pattern in register.findall(text):
        regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(pattern)) + "$"
        names = set()
        if method == "get":
            names |= read_names(relative)
            for header in include.findall(text):
                names |= read_names(header + ".cpp")
        routes.append((method, pattern, re.compile(regex), names))

# Names that are not query parameters (path parameters, form fields of POST handlers, headers).
not_query = {"id", "user", "code", "cle", "section", "critere", "review", "piece", "csrf_token",
             "user-agent", "content-type", "accept", "cookie"}

def route_of(method, path):
    for route in routes:
        if route[0] == method and route[2].match(path):
            return route
    return None

class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.forms, self.form, self.select = [], [], None, None
    def handle_starttag(self, tag, attributes):
        a = dict(attributes)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.form = {"method": (a.get("method") or "get").lower(), "action": a.get("action") or "",
                         "enctype": a.get("enctype") or "", "fields": []}
            self.forms.append(self.form)
        elif self.form is not None and tag in ("input", "textarea", "select", "button") and a.get("name"):
            kind = (a.get("type") or "").lower()
            if tag == "input" and kind == "file":
                return
            if tag == "input" and kind in ("checkbox", "radio") and any(f[0] == a["name"] for f in self.form["fields"]):
                return
            if tag == "button" and kind not in ("", "submit"):
                return
            value = a.get("value")
            if kind == "hidden":
                # Set by the server (a field's block, a step): sent as a browser sends it, even
                # empty; a made-up value would turn the base request into a 404.
                value = value or ""
            elif value is None or value == "":
                value = "1" if kind in ("number", "checkbox", "radio") else "essai"
            self.form["fields"].append((a["name"], value))
            if tag == "select":
                self.select = len(self.form["fields"]) - 1
        elif tag == "option" and self.form is not None and self.select is not None and a.get("value"):
            name, value = self.form["fields"][self.select]
            if value == "essai":
                self.form["fields"][self.select] = (name, a["value"])
    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select":
            self.select = None

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

opener = urllib.request.build_opener(NoRedirect)

def fetch(path):
    request = urllib.request.Request(base + path, headers={"Cookie": cookie, "Accept": "text/html"})
    try:
        with opener.open(request, timeout=30) as response:
            kind = response.headers.get("Content-Type", "")
            return response.status, response.read().decode("utf-8", "replace") if "html" in kind else ""
    except urllib.error.HTTPError as error:
        return error.code, ""
    except Exception:
        return 0, ""

def local_path(href, current):
    url = urllib.parse.urljoin(base + current, href)
    parsed = urllib.parse.urlsplit(url)
    if f"{parsed.scheme}://{parsed.netloc}" != base:
        return None, None
    return parsed.path, parsed.query

# Pages of interest: one concrete page per GET route pattern (more for the long level).
per_pattern = 2 if level == "long" else 1
seen_per_pattern, visited, queue = {}, set(), ["/"]
queue += [r[1] for r in routes if r[0] == "get" and "{" not in r[1]]
get_targets = {}       # pattern -> {"path": path, "params": {name: value}}
post_targets = {}      # (pattern, field names) -> {"path":…, "fields": […]}
unreachable = set()
while queue and len(visited) < max_pages:
    path = queue.pop(0)
    if path in visited:
        continue
    route = route_of("get", path)
    if route is None:
        continue
    pattern = route[1]
    if seen_per_pattern.get(pattern, 0) >= per_pattern:
        continue
    visited.add(path)
    status, body = fetch(path)
    if status != 200:
        unreachable.add(pattern)
        continue
    unreachable.discard(pattern)
    seen_per_pattern[pattern] = seen_per_pattern.get(pattern, 0) + 1
    target = get_targets.setdefault(pattern, {"path": path, "params": {}})
    for name in sorted(route[3] - not_query):
        target["params"].setdefault(name, "1" if name in ("page", "limit", "odd") else "essai")
    page = Page()
    try:
        page.feed(body)
    except Exception:
        pass
    for href in page.links:
        link_path, query = local_path(href, path)
        if link_path is None:
            continue
        if query:
            link_route = route_of("get", link_path)
            if link_route is not None:
                entry = get_targets.setdefault(link_route[1], {"path": link_path, "params": {}})
                for name, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
                    entry["params"].setdefault(name, value or "essai")
        if link_path not in visited:
            queue.append(link_path)
    for form in page.forms:
        action_path, _ = local_path(form["action"] or path, path)
        if action_path is None:
            continue
        if form["method"] == "get":
            form_route = route_of("get", action_path)
            if form_route is not None:
                entry = get_targets.setdefault(form_route[1], {"path": action_path, "params": {}})
                for name, value in form["fields"]:
                    entry["params"].setdefault(name, value)
            continue
        form_route = route_of("post", action_path)
        if form_route is None:
            continue
        names = tuple(sorted({n for n, _ in form["fields"]}))
        key = (form_route[1], names)
        if key not in post_targets and sum(1 for k in post_targets if k[0] == form_route[1]) < per_pattern:
            post_targets[key] = {"pattern": form_route[1], "path": action_path, "fields": form["fields"],
                                 "multipart": "multipart" in form["enctype"]}

# Forms that would end the session under test or delete its account are left out: sqlmap would
# sign itself out and test nothing after them. Record deletions run last.
excluded = re.compile(r"^/(deconnexion|compte/deconnexion-partout|compte/sessions/[^/]+/fin|compte/suppression)$")
destructive = re.compile(r"(supprimer|retirer|fusionner|ecarter|clore|roles|masquer|refuser)$")
plan = {"get": [], "post": [], "excluded": [], "refused": [], "unreachable": sorted(unreachable - set(get_targets))}

# Values seen in links and forms anywhere, so that a filter gets a value its validation accepts:
# a base request refused with 400 would make every payload look alike and test nothing.
known = {}
for target in get_targets.values():
    for name, value in target["params"].items():
        if value not in ("essai", "1"):
            known.setdefault(name, value)

def answers(path, params):
    return fetch(path + "?" + urllib.parse.urlencode(params))[0] == 200

for pattern, target in sorted(get_targets.items()):
    params = {}
    for name, value in target["params"].items():
        if name == "csrf_token":
            continue
        for candidate in dict.fromkeys([value, known.get(name, value), "essai", "1", "true"]):
            if answers(target["path"], {name: candidate}):
                params[name] = candidate
                break
        else:
            plan["refused"].append(pattern + "?" + name)
    if not params:
        continue
    groups = [params] if answers(target["path"], params) else [{k: v} for k, v in params.items()]
    for group in groups:
        plan["get"].append({"pattern": pattern, "url": base + target["path"] + "?" + urllib.parse.urlencode(group),
                            "params": sorted(group)})
for key, target in sorted(post_targets.items(), key=lambda item: (bool(destructive.search(item[0][0])), item[0])):
    if excluded.match(target["path"]):
        plan["excluded"].append(target["path"])
        continue
    fields = [(n, v) for n, v in target["fields"]]
    testable = sorted({n for n, _ in fields if n != "csrf_token"})
    if testable:
        plan["post"].append({"pattern": target["pattern"], "url": base + target["path"], "fields": fields,
                             "params": testable})
json.dump(plan, sys.stdout, ensure_ascii=False, indent=1)
PYTHON

# The sqlmap arguments of the level.
if [[ "$level" == long ]]; then
    sqlmap_level=(--level="${ESSAIM_SQLMAP_LEVEL:-1}" --risk=2 --dbms=SQLite)
else
    sqlmap_level=(--level=1 --risk=1 --technique=BEU --dbms=SQLite)
fi
common=(--batch --disable-coloring --output-dir="$work/out" --drop-set-cookie --timeout=60 --retries=3
    --skip=csrf_token --skip-waf "${sqlmap_level[@]}")

failures=0
tested_total=0
started=$(date +%s)
summary=""
run_sqlmap() {  # log-name args…
    local log="$work/out/$1.log"
    shift
    if ! timeout 1200 sqlmap "${common[@]}" "$@" >"$log" 2>&1; then
        echo "  sqlmap failed to run: $(tail -3 "$log" | tr '\n' ' ')" >&2
        return 1
    fi
    if grep -q "identified the following injection point" "$log"; then
        echo "  INJECTABLE:" >&2
        sed -n '/identified the following injection point/,/^---$/p' "$log" | head -40 >&2
        return 2
    fi
    if [[ -n "${signed_in_role:-}" ]] && grep -q "redirect to '[^']*/connexion" "$log"; then
        echo "  the requests of $signed_in_role were not signed in (redirected to /connexion)" >&2
        return 1
    fi
    if grep -qE "no parameter\(s\) found for testing|connection refused" "$log"; then
        echo "  nothing tested: $(grep -E 'no parameter|refused' "$log" | head -2 | tr '\n' ' ')" >&2
        return 1
    fi
    # Every parameter asked for must have been tried to the end (a retried request is fine;
    # a parameter sqlmap gave up on is not).
    local name
    for name in $(tr ',' ' ' <<<"$tested_parameters"); do
        grep -qE "parameter '$name' (does not seem to be|is not) injectable" "$log" || {
            echo "  parameter $name was not tested; the end of sqlmap's log:" >&2
            tail -n 15 "$log" | sed 's/^/    /' >&2
            return 1
        }
    done
    return 0
}

# The short level tests each parameter of each route once, as the first role that reaches it;
# the long level tests every parameter again as every role.
read -r -a tested_roles <<<"${ESSAIM_SQLMAP_ROLES:-visiteur ${roles[*]}}"
for role in "${tested_roles[@]}"; do
    [[ " visiteur ${roles[*]} " == *" $role "* ]] || { echo "unknown role in ESSAIM_SQLMAP_ROLES: $role" >&2; exit 2; }
done
declare -A already_tested=()
for role in "${tested_roles[@]}"; do
    jar="$work/jars/$role"
    : >"$jar"
    signed_in_role=""
    if [[ "$role" == visiteur ]]; then
        curl -fs -c "$jar" -b "$jar" -o /dev/null "$base/connexion"
    else
        sign_in "$role" "$jar"
        signed_in_role=$role
    fi
    csrf=$(page_csrf "$jar")
    session=$(cookie_of "$jar" __Host-session)
    cookie="__Host-csrf=$(cookie_of "$jar" __Host-csrf)"
    [[ -n "$session" ]] && cookie+="; __Host-session=$session"
    python3 "$work/plan.py" "$base" "$cookie" "$repository" "$level" "$role" >"$work/plan-$role.json"
    # One line a target: kind, pattern, URL, parameters (comma-separated), POST data.
    mapfile -t found < <(python3 -c '
import json, sys, urllib.parse
plan, csrf = json.load(open(sys.argv[1])), sys.argv[2]
for t in plan["get"]:
    print("\t".join(["get", t["pattern"], t["url"], ",".join(t["params"]), ""]))
for t in plan["post"]:
    fields = [(n, csrf if n == "csrf_token" else v) for n, v in t["fields"]]
    if not any(n == "csrf_token" for n, _ in fields):
        fields.append(("csrf_token", csrf))
    print("\t".join(["post", t["pattern"], t["url"], ",".join(t["params"]), urllib.parse.urlencode(fields)]))' \
        "$work/plan-$role.json" "$csrf")
    found_get=0 found_post=0 found_parameters=0
    selected=()
    for line in "${found[@]}"; do
        IFS=$'\t' read -r kind pattern url params data <<<"$line"
        [[ "$url" == "$base/"* ]] || { echo "refusing a target outside $base: $url" >&2; exit 1; }
        [[ "$kind" == get ]] && found_get=$((found_get + 1)) || found_post=$((found_post + 1))
        found_parameters=$((found_parameters + $(tr ',' '\n' <<<"$params" | grep -c .)))
        if [[ "$level" == long ]]; then
            selected+=("$kind"$'\t'"$url"$'\t'"$params"$'\t'"$data")
            continue
        fi
        keep=""
        for name in ${params//,/ }; do
            [[ -n "${already_tested["$kind $pattern $name"]:-}" ]] && continue
            already_tested["$kind $pattern $name"]=1
            keep+="${keep:+,}$name"
        done
        [[ -n "$keep" ]] && selected+=("$kind"$'\t'"$url"$'\t'"$keep"$'\t'"$data")
    done
    targets=0 parameters=0 role_failures=0
    for line in "${selected[@]}"; do
        IFS=$'\t' read -r kind url params data <<<"$line"
        count=$(tr ',' '\n' <<<"$params" | grep -c .)
        targets=$((targets + 1))
        echo "[$role] ${kind^^} ${url%%\?*} -p $params"
        arguments=(-u "$url" --cookie="$cookie" -p "$params")
        [[ "$kind" == post ]] && arguments+=(--data="$data" --headers="X-CSRF-Token: $csrf")
        tested_parameters=$params
        set +e
        run_sqlmap "$role-$targets" "${arguments[@]}"
        rc=$?
        set -e
        if [[ $rc -ne 0 ]]; then role_failures=$((role_failures + 1)); else parameters=$((parameters + count)); fi
    done
    # Signed-in results only count if the session survived them (no sign-out, no expiry).
    if [[ "$role" != visiteur ]] && ! still_signed_in "$jar"; then
        echo "[$role] the session ended during the run: its results are not those of a signed-in $role" >&2
        role_failures=$((role_failures + 1))
    fi
    if [[ "$role" != visiteur ]] && (( found_post + found_get == 0 )); then
        echo "[$role] the crawl found nothing to test: is the account really signed in?" >&2
        role_failures=$((role_failures + 1))
    fi
    failures=$((failures + role_failures))
    excluded=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["excluded"]))' "$work/plan-$role.json")
    line="$role: $targets targets, $parameters parameters tested (found $found_get GET and $found_post POST targets, $found_parameters parameters; $excluded forms excluded)"
    echo "$line"
    summary+="$line"$'\n'
    tested_total=$((tested_total + targets))
done

elapsed=$(( $(date +%s) - started ))
echo
echo "sqlmap ($level) in ${elapsed}s:"
printf '%s' "$summary"
if (( tested_total == 0 )); then
    echo "sqlmap tested no target at all" >&2
    exit 1
fi
if (( failures > 0 )); then
    echo "$failures target(s) injectable or not tested (logs above)" >&2
    exit 1
fi
echo "no injectable parameter"
