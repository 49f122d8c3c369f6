#!/usr/bin/env bash
# End to end through the gateway: a declaration goes from submission to a stamped, cleared warehouse
# receipt with the right roles, a clearance letter is printed for an office without a GIO
# representative, and the public pre-check answers without a token.
#
#   services/customs/e2e_gateway.sh
#
# Starts its own customs service (SQLite in a temporary folder) and gateway on free ports; stops them on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="$ROOT/.venv/bin/python"
WORK="$(mktemp -d -t regplat-e2e-customs.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
P_SVC="$(free_port)"; P_GW="$(free_port)"
export REGPLAT_DATA_DIR="$WORK/data"; mkdir -p "$REGPLAT_DATA_DIR"
CUSTOMS_PORT="$P_SVC" CUSTOMS_LOG_LEVEL=WARNING "$PY" -m customs >"$WORK/customs.log" 2>&1 & PIDS+=($!)
GATEWAY_PORT="$P_GW" GATEWAY_CUSTOMS_URL="http://127.0.0.1:$P_SVC" GATEWAY_LOG_LEVEL=WARNING "$PY" -m gateway >"$WORK/gateway.log" 2>&1 & PIDS+=($!)
for url in "http://127.0.0.1:$P_SVC/readyz" "http://127.0.0.1:$P_GW/healthz"; do
  for _ in $(seq 1 300); do curl -fs "$url" >/dev/null && break; sleep 0.1; done
done
GW="http://127.0.0.1:$P_GW/customs"
tok() { "$PY" -m shared.devtoken "$@"; }
OFFICER="$(tok --role customs_officer --org THR-IKA --sub officer-ika)"
OFFICER_MHD="$(tok --role customs_officer --org MHD-AIR --sub officer-mhd)"
EXPERT="$(tok --role gio_expert --org GIO --sub expert-1 --claims '{"seal_id":"SEAL-77"}')"
HEAD="$(tok --role gio_head --org GIO --sub head-1)"
DG="$(tok --role dpna_dg --org DPNA --sub dg-1)"
NC="$("$PY" -c 'from shared.text import national_code_check_digit as c; print("008457594" + str(c("008457594")))')"
TRAVELLER="$(tok --role traveller --sub trav-1 --claims "{\"national_code\":\"$NC\"}")"
j() { "$PY" -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }
step() { echo "--- $*"; }

step "head of GIO assigns expert-1 to THR-IKA (CUS-5)"
curl -fs -X POST "$GW/v1/offices/THR-IKA/experts" -H "Authorization: Bearer $HEAD" -H 'Content-Type: application/json' \
  -d '{"expert_sub":"expert-1","expert_name":"Dr. Karimi"}' | j 'd["office"], d["expert_sub"]'

step "customs officer submits a declaration: diazepam (controlled) + losartan, 10 packs (over six months)"
BODY=$(cat <<JSON
{"channel":"passenger","purpose":"personal_use","owner":{"kind":"natural","name":"Sara Ahmadi","national_code":"$NC"},
 "customs_office":"THR-IKA","warehouse_receipt_no":"WR-1001","medical_documents_attached":true,"prescription_attached":true,
 "items":[{"name":"دیازپام ۵ میلی گرم","dosage_form":"قرص","quantity":"۲","units_per_pack":30,"daily_dose":1},
          {"name":"Cozaar 50mg","dosage_form":"tablet","quantity":10,"units_per_pack":30,"daily_dose":1}]}
JSON
)
R="$(curl -fs -X POST "$GW/v1/declarations" -H "Authorization: Bearer $OFFICER" -H 'Content-Type: application/json' -H 'Idempotency-Key: e2e-1' -d "$BODY")"
ID="$(echo "$R" | j 'd["id"]')"
echo "$R" | j '(d["state"], [(i["name"], i["outcome"], [r["code"] for r in i["requirements"]], i["max_clearable_quantity"]) for i in d["items"]], [w["rule_id"] for w in d["warnings"]])'

step "the traveller sees it; another traveller would get 404"
curl -fs "$GW/v1/declarations/$ID" -H "Authorization: Bearer $TRAVELLER" | j 'd["state"]'

ETAG() { curl -fsi "$GW/v1/declarations/$ID" -H "Authorization: Bearer $EXPERT" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
action() {  # token body
  curl -fs -X POST "$GW/v1/declarations/$ID/actions" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -H "If-Match: $(ETAG)" -d "$2" | j 'd["state"]'
}
step "stamp before review is refused (409)"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$GW/v1/declarations/$ID/actions" -H "Authorization: Bearer $EXPERT" -H 'Content-Type: application/json' -H "If-Match: $(ETAG)" -d '{"action":"stamp"}')
echo "$code"; [ "$code" = 409 ]
step "expert review (refers the controlled item to the controlled-substances office)"; action "$EXPERT" '{"action":"expert_review","note":"documents checked"}'
step "DG release (CUS-6.3.1)"; action "$DG" '{"action":"dg_release"}'
step "expert stamps the warehouse receipt with the personal seal"; action "$EXPERT" '{"action":"stamp","seal_id":"SEAL-77"}'
curl -fs "$GW/v1/declarations/$ID" -H "Authorization: Bearer $OFFICER" | j '(d["state"], d["seal_id"], [(i["name"], i["workflow_status"], i["cleared_quantity"]) for i in d["items"]], [s["action"] for s in d["steps"]])'

step "office without a GIO representative: clearance letter (RTL HTML)"
BODY2="$(echo "$BODY" | sed 's/THR-IKA/MHD-AIR/')"
ID="$(curl -fs -X POST "$GW/v1/declarations" -H "Authorization: Bearer $OFFICER_MHD" -H 'Content-Type: application/json' -d "$BODY2" | j 'd["id"]')"
action "$EXPERT" '{"action":"expert_review"}' >/dev/null; action "$DG" '{"action":"dg_release"}' >/dev/null; action "$EXPERT" '{"action":"stamp"}'
curl -fs "$GW/v1/declarations/$ID/clearance-letter" -H "Authorization: Bearer $OFFICER_MHD" | grep -o 'dir="rtl"\|شماره: <span dir="ltr">[^<]*' | head -2

step "public pre-check without a token (Persian)"
curl -fs -X POST "$GW/v1/precheck" -H 'Content-Type: application/json' -H 'Accept-Language: fa' \
  -d '{"items":[{"name":"Cytotec","dosage_form":"tablet"},{"name":"Ritalin 10mg","dosage_form":"tablet","quantity":2,"units_per_pack":30,"daily_dose":1}]}' \
  | j '[(i["name"], i["verdict"]) for i in d["items"]], d["stored"]'
echo "OK: end to end through the gateway"
