"""Load a realistic demo data set into a running platform, through the gateway's public API only.

    make run                 # one terminal
    make demo                # another: .venv/bin/python scripts/demo.py [--url http://127.0.0.1:8000]; REGPLAT_BASE_PORT as for make run

Tokens are minted from the development keys under $REGPLAT_DATA_DIR/keys (shared.auth.ensure_dev_keys /
mint_token, exactly as `make dev-token` does), so the platform must verify that key pair (it does after
`make run`). Nothing is written to a database directly.

Running it twice is safe: every creation carries a fixed Idempotency-Key (the same body and key replay
the stored answer), existing review offices, agencies and expert assignments (409) are accepted, and
each workflow object is only moved forward from the state it is found in.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "shared" / "src") not in sys.path:  # run as a file, with the workspace's virtualenv
    sys.path.insert(0, str(ROOT / "shared" / "src"))

import httpx  # noqa: E402

from shared.auth import ensure_dev_keys, mint_token  # noqa: E402
from shared.settings import default_data_dir  # noqa: E402
from shared.text import national_code_check_digit  # noqa: E402

KEY_PREFIX = "demo-v1"  # change it to load a second, independent copy of the data set
J = "application/json"


class DemoError(RuntimeError):
    pass


class Api:
    """The gateway with development tokens: one fixed `sub` per persona, so idempotency keys replay."""

    def __init__(self, url: str, key_dir: Path, verbose: bool = False):
        priv, _ = ensure_dev_keys(key_dir)
        self.pem = priv.read_bytes()
        self.url = url.rstrip("/")
        self.http = httpx.Client(base_url=self.url, timeout=60.0)
        self.verbose = verbose
        self._tokens: dict[tuple, str] = {}

    def who(self, role: str, org: str | None = None, sub: str | None = None, **claims: Any) -> dict[str, str]:
        key = (role, org, sub, tuple(sorted(claims.items())))
        if key not in self._tokens:
            self._tokens[key] = mint_token(self.pem, role=role, org=org, sub=sub or f"demo-{role}-{org or 'none'}", **claims)
        return {"Authorization": f"Bearer {self._tokens[key]}"}

    def call(
        self,
        method: str,
        path: str,
        who: dict,
        *,
        json: Any = None,
        key: str | None = None,
        if_match: str | None = None,
        params: dict | None = None,
        accept: tuple[int, ...] = (200, 201),
    ) -> httpx.Response:
        headers = dict(who)
        if key:
            headers["Idempotency-Key"] = f"{KEY_PREFIX}-{key}"
        if if_match:
            headers["If-Match"] = if_match
        r = self.http.request(method, path, json=json, headers=headers, params=params)
        if self.verbose:
            print(f"  {method} {path} -> {r.status_code}")
        if r.status_code not in accept:
            raise DemoError(f"{method} {path} answered {r.status_code}: {r.text[:1500]}")
        return r

    def get(self, path: str, who: dict, **kw) -> dict:
        return self.call("GET", path, who, **kw).json()

    def etag(self, path: str, who: dict) -> str:
        return self.call("GET", path, who).headers["etag"]


def national_code(rng: random.Random) -> str:
    first9 = f"{rng.randint(10_000_000, 999_999_999):09d}"
    return first9 + str(national_code_check_digit(first9))


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# ------------------------------------------------------------------------------------------ offlabel
def load_offlabel(api: Api, people: dict[str, str], out: dict) -> None:
    g = "/offlabel/v1"
    phys = api.who("physician", sub="demo-dr-12345", council_no="12345", specialty="ophthalmology")
    derm = api.who("physician", sub="demo-dr-55501", council_no="55501", specialty="dermatology")
    base = {"drug": "bevacizumab", "care_setting": "operating-room", "preparation": "single-use-vial", "contraindications": [], "earlier_injections": []}

    def req(name, who, **fields) -> dict:
        body = {**base, **fields}
        return api.call("POST", f"{g}/requests", who, json=body, key=f"ofl-{name}").json()

    consent = lambda d: {"obtained": True, "date": d, "signed_by": "patient"}  # noqa: E731
    reqs = {
        # approved, covered by the SSO: the claim of the same patient and eye (claims X1) can be verified
        "approved_covered": (
            req(
                "approved-covered",
                phys,
                patient_national_code=people["maryam"],
                insurer="SSO",
                eye="right",
                diagnosis_icd10="H35.32",
                dose_mg="۱٫۲۵",
                planned_date="1405/08/12",
                documents=[{"kind": "oct", "date": "1405/08/05", "reference": "OCT-1001"}],
                informed_consent=consent("1405/08/11"),
            ),
            {"covered": True, "reason": "Strategic purchasing under guideline 18300/400د"},
            "SSO",
        ),
        # approved, the IHIO declines coverage
        "approved_not_covered": (
            req(
                "approved-not-covered",
                phys,
                patient_national_code=people["reza"],
                insurer="IHIO",
                eye="left",
                diagnosis_icd10="E11.311",
                dose_mg="1.25",
                planned_date="1405/08/14",
                documents=[{"kind": "oct", "date": "1405/08/07", "reference": "OCT-1002"}],
                informed_consent=consent("1405/08/13"),
            ),
            {"covered": False, "reason": "Outside the IHIO supplementary package for 1405"},
            "IHIO",
        ),
        # approved, coverage not decided yet
        "approved_open": (
            req(
                "approved-open",
                phys,
                patient_national_code=people["zahra"],
                insurer="SSO",
                eye="left",
                diagnosis_icd10="H34.8120",
                dose_mg="1.25",
                planned_date="1405/08/25",
                documents=[{"kind": "fluorescein-angiography", "date": "1405/08/20", "reference": "FA-33"}],
                informed_consent=consent("1405/08/24"),
            ),
            None,
            None,
        ),
        # pending documents: no retinal imaging yet
        "pending": (
            req(
                "pending",
                phys,
                patient_national_code=people["ali"],
                insurer="SSO",
                eye="right",
                diagnosis_icd10="H35.32",
                dose_mg="1.25",
                planned_date="1405/08/28",
                documents=[],
                informed_consent=consent("1405/08/27"),
            ),
            None,
            None,
        ),
        # denied: dry AMD (H35.31) is not an indication, and the prescriber is not an ophthalmologist
        "denied": (
            req(
                "denied",
                derm,
                patient_national_code=people["sara"],
                insurer="AFMSO",
                eye="right",
                diagnosis_icd10="H35.31",
                dose_mg="1.25",
                planned_date="1405/08/18",
                documents=[{"kind": "oct", "date": "1405/08/10", "reference": "OCT-77"}],
                informed_consent=consent("1405/08/17"),
            ),
            None,
            None,
        ),
    }
    for name, (r, coverage, insurer) in reqs.items():
        path = f"{g}/requests/{r['id']}"
        if name.startswith("approved") and api.get(path, phys)["status"] == "pending_documents":
            # filed with the imaging only: the visual acuity follows, and the request is re-evaluated (OFL-R)
            va = {"kind": "visual-acuity", "date": r["planned_date_jalali"], "reference": f"VA-{name}"}
            api.call("POST", f"{path}/documents", phys, json={"documents": [va]}, if_match=api.etag(path, phys))
            r = api.get(path, phys)
        if coverage and r["status"] == "approved":
            who = api.who("insurer", insurer)
            current = api.get(path, who)
            if not current.get("coverage"):
                api.call("POST", f"{path}/coverage", who, json=coverage, key=f"cov-{name}", if_match=api.etag(path, who))
        out["offlabel"][name] = r["id"]
    moh = api.who("ministry_admin", "MOH")
    out["counts"]["offlabel"] = Counter(describe_request(api.get(f"{g}/requests/{rid}", moh)) for rid in out["offlabel"].values())


def describe_request(r: dict) -> str:
    cov = r.get("coverage") or {}
    if r["status"] != "approved" or not cov:
        return r["status"]
    return f"approved+{cov['status'].replace('_', ' ')}"


# --------------------------------------------------------------------------------------- inspections
def load_inspections(api: Api, out: dict) -> None:
    g = "/inspections/v1"
    centres = [
        # (key, university, province, name, status, kinds, approvals)
        (
            "yas",
            "QUMS",
            "Qazvin",
            "مرکز سلول درمانی یاس",
            "active",
            ["cell_therapy", "exosome"],
            [{"type": "irc", "kind": "cell_therapy", "irc_code": "1228054657200001", "product": "registered cell therapy product", "valid_from": "1404/01/01"}],
        ),
        (
            "alborz",
            "QUMS",
            "Qazvin",
            "مرکز پزشکی ترمیمی البرز",
            "active",
            ["regenerative"],
            [{"type": "irc", "kind": "regenerative", "irc_code": "1228054657200002", "product": "registered regenerative product", "valid_from": "1404/03/01"}],
        ),
        (
            "royan",
            "TUMS",
            "Tehran",
            "پژوهشکده سلول‌های بنیادی رویش",
            "active",
            ["cell_therapy", "exosome"],
            [
                {"type": "ethics", "kind": "exosome", "ethics_code": "IR.TUMS.REC.1404.300", "committee": "TUMS REC", "valid_from": "1404/11/20"},
                {
                    "type": "irc",
                    "kind": "cell_therapy",
                    "irc_code": "1228054657200003",
                    "product": "registered cell therapy product",
                    "valid_from": "1404/01/01",
                },
            ],
        ),
        ("arya", "TUMS", "Tehran", "کلینیک زیبایی آریا", "applicant", ["exosome"], []),
        ("golestan", "SBMU", "Tehran", "مرکز سلول درمانی گلستان", "inactive", ["cell_therapy"], []),
        (
            "sepid",
            "SBMU",
            "Tehran",
            "درمانگاه سپید",
            "active",
            ["regenerative", "cell_therapy"],
            [{"type": "irc", "kind": "cell_therapy", "irc_code": "1228054657200004", "product": "registered cell therapy product", "valid_from": "1404/01/01"}],
        ),
        (
            "naghsh",
            "MUI",
            "Isfahan",
            "مرکز ترمیمی نقش جهان",
            "active",
            ["regenerative", "exosome"],
            [{"type": "irc", "kind": "regenerative", "irc_code": "1228054657200005", "product": "registered regenerative product", "valid_from": "1404/02/01"}],
        ),
    ]
    ids: dict[str, str] = {}
    for n, (key, uni, province, name, status, kinds, approvals) in enumerate(centres, start=1):
        body = {
            "name": name,
            "province": province,
            "status": status,
            "kinds": kinds,
            "registered_on": "1404/06/20",
            "technical_manager": {"name": "دکتر " + name.split()[-1]},
            "approvals": approvals,
            "physical_space": {"certified": status == "active", "certificate_ref": f"SP-{uni}-{n}" if status == "active" else None},
        }
        if status != "applicant":
            body["licence"] = {"number": f"۱۴۰۴-{uni}-{n:03d}", "valid_from": "1404/01/01", "valid_to": "1406/12/29"}
        c = api.call("POST", f"{g}/centers", api.who("university_deputy", uni), json=body, key=f"centre-{key}").json()
        ids[key] = c["id"]

    answers = lambda **bad: [  # noqa: E731
        {
            "item": item,
            **(
                {"result": "non_compliant", "note": bad[item]}
                if item in bad
                else {"result": "not_applicable"}
                if item == "research_ethics"
                else {"result": "compliant"}
            ),
        }
        for item in [
            "operating_licence",
            "physical_space",
            "product_authorisation",
            "research_ethics",
            "irc_treatment",
            "advertising_online",
            "advertising_offline",
            "technical_manager",
            "patient_records",
        ]
    ]
    inspections = [
        ("yas-1", "yas", "QUMS", "1405/07/10", answers()),
        (
            "yas-2",
            "yas",
            "QUMS",
            "1405/08/10",
            answers(product_authorisation="ویال‌های اگزوزوم بدون مجوز سازمان غذا و دارو", advertising_online="صفحه اینستاگرام با تبلیغ اگزوزوم"),
        ),
        ("alborz-1", "alborz", "QUMS", "1405/08/05", answers()),
        ("royan-1", "royan", "TUMS", "1405/08/12", answers()),
        ("sepid-1", "sepid", "SBMU", "1405/08/15", answers(patient_records="پرونده بیماران ناقص است")),
        ("naghsh-1", "naghsh", "MUI", "1405/08/20", answers(advertising_offline="بروشور تبلیغاتی در مطب")),
    ]
    for key, centre, uni, date, ans in inspections:
        api.call(
            "POST",
            f"{g}/centers/{ids[centre]}/inspections",
            api.who("university_inspector", uni),
            json={"inspected_on": date, "answers": ans},
            key=f"insp-{key}",
        )

    deputy = api.who("university_deputy", "QUMS")
    violations = api.get(f"{g}/violations", deputy, params={"center_id": ids["yas"]})["items"]
    product = next(v for v in violations if v["type"] == "unauthorised_product")
    closure = api.call(
        "POST",
        f"{g}/violations/{product['id']}/actions",
        deputy,
        key="closure-yas",
        json={"type": "closure", "ordered_on": "1405/08/11", "note": "پلمب به دستور معاونت درمان"},
    ).json()
    api.call(
        "POST",
        f"{g}/violations/{product['id']}/actions",
        deputy,
        key="seizure-yas",
        json={
            "type": "seizure",
            "ordered_on": "1405/08/11",
            "inventory": [{"product": "Exosome serum 5 ml", "quantity": 12, "unit": "vial", "kind": "exosome", "batch": "EX-0912"}],
        },
    )
    api.call(
        "POST",
        f"{g}/violations/{product['id']}/actions",
        deputy,
        key="referral-yas",
        json={"type": "referral", "referral_to": "disciplinary_board", "ordered_on": "1405/08/12"},
    )
    path = f"{g}/actions/{closure['id']}"
    if api.get(path, deputy)["state"] == "ordered":
        api.call("POST", f"{path}/transitions", deputy, json={"to": "executed", "on": "1405/08/12"}, if_match=api.etag(path, deputy))

    # a status ruling: the SBMU deputy suspends a centre whose space is not standard
    sbmu = api.who("university_deputy", "SBMU")
    cpath = f"{g}/centers/{ids['sepid']}"
    if api.get(cpath, sbmu)["status"] != "suspended":
        api.call(
            "POST",
            f"{cpath}/status",
            sbmu,
            if_match=api.etag(cpath, sbmu),
            json={"status": "suspended", "effective_on": "1405/08/20", "reason": "فضای فیزیکی غیراستاندارد", "act_ref": "SBMU/1405/214"},
        )
    out["inspections"] = ids
    sup = api.who("ministry_supervisor", sub="demo-ministry-supervisor")
    out["counts"]["inspections"] = Counter(api.get(f"{g}/centers/{cid}", sup)["status"] for cid in ids.values())


# -------------------------------------------------------------------------------------------- claims
CONTROLS = ["patient_identity", "admission_date", "medical_centre", "supplementary_insurance", "share_factors", "total_paid", "patient_paid"]


def load_claims(api: Api, people: dict[str, str], out: dict) -> None:
    g = "/claims/v1"
    centres = out["inspections"]
    admin = api.who("admin", "SSO", sub="demo-sso-admin")
    for body in (
        {"code": "RO-THR-1", "name": "دفتر رسیدگی به اسناد پزشکی تهران ۱", "province": "THR"},
        {"code": "RO-ISF-1", "name": "دفتر رسیدگی به اسناد پزشکی اصفهان", "province": "ISF"},
    ):
        api.call("POST", f"{g}/review-offices", admin, json=body, accept=(201, 409))
    for body in (
        {"code": "AG-THR-001", "name": "کارگزاری رسمی ۱۰۰۱ تهران", "province": "THR", "review_office_code": "RO-THR-1"},
        {"code": "AG-THR-002", "name": "کارگزاری رسمی ۱۰۰۲ تهران", "province": "THR", "review_office_code": "RO-THR-1"},
        {"code": "AG-ISF-001", "name": "کارگزاری رسمی ۲۰۰۱ اصفهان", "province": "ISF", "review_office_code": "RO-ISF-1"},
    ):
        api.call("POST", f"{g}/agencies", admin, json={**body, "closes_thursday": True, "office_closes": "14:00", "rollout": "inherit"}, accept=(201, 409))
    api.call("PUT", f"{g}/rollout/provinces/THR", admin, json={"enabled": True, "note": "demo: the pilot province"})
    # CLM-H2: beyond the pilot (Tehran, 10 agencies, 3 months) only with the recorded approval of the directorate and the secretariat
    if api.get(f"{g}/rollout", admin)["phase"] == "pilot":
        api.call(
            "POST",
            f"{g}/rollout/approvals",
            admin,
            json={
                "approved_by": ["indirect_treatment_directorate", "secretariat"],
                "letter_number": "1000/1405/2040",
                "letter_date": "1405/08/01",
                "note": "demo: the pilot was evaluated; rollout to Isfahan approved",
            },
        )
    api.call("PUT", f"{g}/rollout/provinces/ISF", admin, json={"enabled": True, "note": "demo rollout"})
    # SHR-PROV: each review office publishes its confirmed assessment rule data (an assessment on the shipped placeholder
    # figures is provisional and cannot be approved); a rerun finds the version already published (409)
    for ro in ("RO-THR-1", "RO-ISF-1"):
        api.call(
            "PUT",
            f"{g}/review-offices/{ro}/assessment-rules",
            api.who("review_office", ro),
            accept=(201, 409),
            json={
                "version": f"{ro}-1405.1",
                "confirmed": True,
                "organization_share": {"outpatient": "0.70", "inpatient": "0.90", "global": "0.90"},
                "tariff_ceilings_rials": {
                    "901905": 2_500_000,
                    "901910": 3_500_000,
                    "802145": 15_000_000,
                    "700450": 45_000_000,
                    "500100": 30_000_000,
                    "600200": 250_000_000,
                    "DRUG": 100_000_000,
                },
                "prosthesis": {"share": "0.90", "ceiling_rials": 300_000_000},
                "unknown_service_code": "exclude",
                "note": "demo: the office's confirmed rules for 1405",
            },
        )

    def line(code, desc, qty, unit, **extra):
        return {"service_code": code, "description": desc, "quantity": qty, "unit_price_rials": unit, "amount_rials": qty * unit, **extra}

    states: dict[str, str] = {}
    verification: Counter = Counter()
    out["counts"]["verification"] = verification
    cases = [
        # (key, agency, person, type, centre, admission, discharge, lines, target)
        (
            "c1",
            "AG-THR-001",
            "ali",
            "outpatient",
            ("HOSP-THR-17", "بیمارستان نمونه تهران"),
            "1405/08/03",
            "1405/08/03",
            [line("901905", "ویزیت متخصص", 1, 1_800_000), line("700100", "آزمایش خون", 1, 900_000)],
            "registered",
        ),
        (
            "c2",
            "AG-THR-001",
            "sara",
            "outpatient",
            ("CLN-THR-04", "درمانگاه فرهنگیان"),
            "1405/08/05",
            "1405/08/05",
            [line("901905", "ویزیت متخصص", 1, 2_000_000)],
            "controlled",
        ),
        (
            "c3",
            "AG-THR-001",
            "reza",
            "inpatient",
            ("HOSP-THR-17", "بیمارستان نمونه تهران"),
            "1405/08/01",
            "1405/08/04",
            [line("500100", "تخت بستری", 3, 18_000_000), line("901905", "ویزیت", 2, 2_200_000)],
            "assessed",
        ),
        (
            "c4",
            "AG-THR-002",
            "zahra",
            "global",
            ("HOSP-THR-22", "بیمارستان امام"),
            "1405/07/20",
            "1405/07/22",
            [line("500100", "عمل جراحی گلوبال", 1, 25_000_000)],
            "submitted",
        ),
        (
            "c5",
            "AG-THR-002",
            "ali",
            "inpatient",
            ("HOSP-THR-22", "بیمارستان امام"),
            "1405/07/25",
            "1405/07/27",
            [line("500100", "تخت بستری", 2, 18_000_000)],
            "returned",
        ),
        (
            "c6",
            "AG-THR-001",
            "maryam",
            "outpatient",
            ("EYE-THR-03", "بیمارستان چشم فارابی"),
            "1405/08/12",
            "1405/08/12",
            [
                line("901905", "ویزیت چشم‌پزشکی", 1, 2_000_000),
                line(
                    "D-777",
                    "بواسیزومب داخل زجاجیه",
                    1,
                    6_000_000,
                    kind="drug",
                    off_label_use="intravitreal bevacizumab, wet AMD",
                    off_label_drug="bevacizumab",
                    eye="right",
                    treatment_date="1405/08/12",
                ),
            ],
            "approved",
        ),
        # X1 refused: the IHIO did not cover Reza's authorization (an SSO claim for the same injection)
        (
            "c8",
            "AG-THR-002",
            "reza",
            "outpatient",
            ("EYE-THR-03", "بیمارستان چشم فارابی"),
            "1405/08/14",
            "1405/08/14",
            [line("D-777", "Avastin 1.25 mg", 1, 6_000_000, kind="drug", off_label_use="diabetic macular oedema", off_label_drug="Avastin", eye="left")],
            "assessed",
        ),
        # X2 refused: exosome injections at the Yas centre after its closure on 1405/08/11
        (
            "c9",
            "AG-THR-002",
            "zahra",
            "outpatient",
            ("CL-QZV-YAS", "مرکز سلول درمانی یاس"),
            "1405/08/15",
            "1405/08/15",
            [line("EXO-1", "تزریق اگزوزوم", 1, 9_000_000, regenerative_kind="exosome")],
            "submitted",
        ),
        (
            "c7",
            "AG-ISF-001",
            "sara",
            "inpatient",
            ("HOSP-ISF-02", "بیمارستان الزهرا اصفهان"),
            "1405/07/28",
            "1405/08/02",
            [line("500100", "تخت بستری", 4, 15_000_000)],
            "approved_after_return",
        ),
    ]
    for key, agency, person, ctype, (ccode, cname), adm, dis, lines, target in cases:
        staff = api.who("agency_staff", agency)
        office = api.who("review_office", "RO-ISF-1" if agency.startswith("AG-ISF") else "RO-THR-1")
        total = sum(x["amount_rials"] for x in lines)
        body = {
            "national_code": people[person],
            "insurance_number": f"{people[person][:8]}99",
            "is_pensioner": False,
            "case_type": ctype,
            "centre_code": ccode,
            "centre_name": cname,
            "admission_date": adm,
            "discharge_date": dis,
            "bill_number": f"B-{key.upper()}-1405",
            **({"inspections_center_id": centres["yas"]} if key == "c9" else {}),
            "lines": lines,
            "bill_total_rials": total,
            "prosthesis_rials": 0,
            "total_paid_rials": total,
            "supplementary_paid_rials": 0,
            "patient_paid_rials": total,
            "documents_received_at": "1405/08/28 09:00",
            "attachments": [
                {"doc_type": "bill", "file_name": f"bill-{key}.pdf", "media_type": "application/pdf", "size_bytes": 120_000, "sha256": sha(f"bill-{key}")}
            ],
        }
        case = api.call("POST", f"{g}/cases", staff, json=body, key=f"case-{key}").json()
        drive_case(api, f"{g}/cases/{case['id']}", staff, office, target, key)
        out["claims"][key] = case["id"]
        final = api.get(f"{g}/cases/{case['id']}", staff)
        states[key] = final["state"]
        verification.update(x["verification_status"] for x in final["lines"] if x["verification_status"] != "not_required")

    # a proven violation of an agency (CLM-C, H1): the review office reports it; the secretariat proposes a fine and the
    # licensing headquarters imposes it (CLM-CH); compensation to the insured
    v = api.call(
        "POST",
        f"{g}/agencies/AG-THR-002/violations",
        api.who("review_office", "RO-THR-1"),
        key="violation-1",
        json={
            "kind": "upheld_complaint",
            "description": "دریافت وجه از بیمه‌شده",
            "causes_delay": False,
            "proven_on": "1405/08/20",
            "proof": {"summary": "شکایت ۷۷ وارد دانسته شد", "documents": ["C-77"]},
            "proposed_penalty": "fine",
            "proposed_fine_rials": 50_000_000,
            "compensation_client_rials": 2_000_000,
        },
    ).json()
    vurl = f"{g}/agencies/AG-THR-002/violations/{v['id']}"
    sec, hq = api.who("secretariat", "SEC"), api.who("licensing_hq", "HQ")
    v = next(x for x in api.get(f"{g}/agencies/AG-THR-002/violations", sec)["items"] if x["id"] == v["id"])  # as it stands now (reruns)
    if v["penalty"]["status"] == "reported":
        api.call(
            "POST",
            f"{vurl}/penalty-proposal",
            sec,
            if_match=f'"{v["version"]}"',
            json={"penalty": "fine", "fine_rials": 50_000_000, "note": "پیشنهاد دبیرخانه"},
        )
        api.call(
            "POST",
            f"{vurl}/penalty-decision",
            hq,
            if_match=f'"{v["version"] + 1}"',
            json={"outcome": "imposed", "penalty": "fine", "fine_rials": 50_000_000, "letter_number": "ستاد-۱۴۰۵-۷۷"},
        )
    out["counts"]["claims"] = Counter(states.values())


def drive_case(api: Api, path: str, staff: dict, office: dict, target: str, key: str) -> None:
    """CLM-A workflow: move a case forward from whatever state it is in until it reaches `target`."""
    for _ in range(12):
        case = api.get(path, staff)
        state = case["state"]
        final = {"approved_after_return": "approved"}.get(target, target)
        if state == final:
            return
        if state in ("registered", "returned") and not (state == "returned" and target == "returned"):
            if state == "returned":
                api.call(
                    "PATCH",
                    path,
                    staff,
                    if_match=api.etag(path, staff),
                    json={
                        "note": "خلاصه پرونده ترخیص اضافه شد",
                        "attachments_add": [
                            {
                                "doc_type": "discharge_summary",
                                "file_name": f"ds-{key}.pdf",
                                "media_type": "application/pdf",
                                "size_bytes": 8000,
                                "sha256": sha(f"ds-{key}"),
                            }
                        ],
                    },
                )
            api.call("PUT", f"{path}/controls", staff, if_match=api.etag(path, staff), json={"controls": [{"code": c, "result": "passed"} for c in CONTROLS]})
            if target == "controlled":
                return
            api.call("POST", f"{path}/assessment", staff, if_match=api.etag(path, staff))
        elif state == "controlled":
            api.call("POST", f"{path}/assessment", staff, if_match=api.etag(path, staff))
        elif state == "assessed":
            api.call("POST", f"{path}/submission", staff, if_match=api.etag(path, staff))
        elif state == "submitted":
            if target == "returned" or (target == "approved_after_return" and case.get("cycle", 1) == 1):
                api.call(
                    "POST",
                    f"{path}/review",
                    office,
                    if_match=api.etag(path, office),
                    json={"outcome": "returned", "reason_codes": ["missing_documents"], "text": "خلاصه پرونده ترخیص ضمیمه نشده است"},
                )
            else:
                api.call("POST", f"{path}/review", office, if_match=api.etag(path, office), json={"outcome": "approved"})
        else:
            raise DemoError(f"case {path} is {state}; cannot reach {target}")
    raise DemoError(f"case {path} did not reach {target}")


# ------------------------------------------------------------------------------------------- customs
def load_customs(api: Api, people: dict[str, str], out: dict) -> None:
    g = "/customs/v1"
    head = api.who("gio_head", "GIO", sub="demo-gio-head")
    expert = api.who("gio_expert", "GIO", sub="demo-expert-1", seal_id="SEAL-D1")
    api.call("POST", f"{g}/offices/THR-IKA/experts", head, json={"expert_sub": "demo-expert-1", "expert_name": "دکتر کریمی"}, accept=(200, 201, 409))
    roles = {"expert_review": expert, "stamp": expert, "refuse": expert, "head_approval": head, "dg_release": api.who("dpna_dg", "DPNA", sub="demo-dpna-dg")}

    def item(name, form, qty, per_pack, dose, **extra):
        return {"name": name, "dosage_form": form, "quantity": qty, "units_per_pack": per_pack, "daily_dose": dose, "expiry_date": "1407/01/01", **extra}

    states: dict[str, str] = {}
    decls = [
        # (key, office, person, channel, items, target)
        ("d1", "THR-IKA", "ali", "passenger", [item("Cozaar 50mg", "tablet", 4, 30, 1), item("Metformin 500", "tablet", 3, 100, 2)], "awaiting_expert_review"),
        ("d2", "THR-IKA", "reza", "passenger", [item("Norditropin 10mg", "injection_pen", 3, 1, "0.1")], "awaiting_head_approval"),
        ("d3", "THR-IKA", "zahra", "postal", [item("دیازپام ۵ میلی گرم", "قرص", "۲", 30, 1)], "awaiting_dg_release"),
        ("d4", "THR-IKA", "maryam", "passenger", [item("Losartan 25", "tablet", 2, 30, 1)], "awaiting_stamp"),
        ("d5", "MHD-AIR", "sara", "passenger", [item("Ritalin 10mg", "tablet", 2, 30, 1), item("Cozaar 50mg", "tablet", 2, 30, 1)], "cleared"),
        ("d6", "THR-IKA", "ali", "postal", [item("Cytotec 200mcg", "tablet", 1, 28, 1)], "refused"),
        # SPEC X3: customs asks inspections; an exosome serum for personal use is refused (400/10262/د, 661/2897)
        ("d7", "IFN-AIR", "zahra", "passenger", [item("ASCE+ Exosome serum", "vial", 2, 1, "0.1")], "refused"),
    ]
    for key, office, person, channel, items, target in decls:
        officer = api.who("customs_officer", office)
        body = {
            "channel": channel,
            "purpose": "personal_use",
            "customs_office": office,
            "warehouse_receipt_no": f"WR-DEMO-{key.upper()}",
            "owner": {"kind": "natural", "name": person.capitalize(), "national_code": people[person]},
            "medical_documents_attached": True,
            "prescription_attached": True,
            "items": items,
        }
        dec = api.call("POST", f"{g}/declarations", officer, json=body, key=f"decl-{key}").json()
        path = f"{g}/declarations/{dec['id']}"
        for _ in range(6):
            d = api.get(path, officer)
            if d["state"] == target or not d["next_actions"]:
                break
            allowed = [a["action"] for a in d["next_actions"]]
            action = "refuse" if target == "refused" else next(a for a in allowed if a not in ("refuse", "identify"))
            body = {"action": action}
            if action == "refuse":
                body["reason"] = "misoprostol is on the abortifacient list (SOP 6.3)"
            if action == "stamp":
                body["seal_id"] = "SEAL-D1"
            who = roles[action]
            api.call("POST", f"{path}/actions", who, json=body, if_match=api.etag(path, who))
        final = api.get(path, officer)["state"]
        if final != target:
            raise DemoError(f"declaration {key} is {final}, not {target}")
        out["customs"][key] = dec["id"]
        states[key] = final
    # an approved exosome research sample (100/10/74585 from 1404/11/20): inspections permits the import; the
    # expert still has to see the approval and its IRC code (approved_research), so it waits for the review
    research = api.call(
        "POST",
        f"{g}/declarations",
        api.who("customs_officer", "THR-IKA"),
        key="decl-d8",
        json={
            "channel": "passenger",
            "purpose": "research_sample",
            "customs_office": "THR-IKA",
            "commitment_letter": True,
            "warehouse_receipt_no": "WR-DEMO-D8",
            "owner": {
                "kind": "legal",
                "name": "TUMS research centre",
                "company": {"name": "TUMS research centre", "activities": ["import"], "purpose_letter_submitted": True},
            },
            "approval": {"type": "research_approval", "irc_code": "IR.TUMS.REC.1404.300", "reference": "TUMS-R-12"},
            "items": [{"name": "Exosome research vial", "dosage_form": "vial", "category": "research_sample", "value_usd": 200}],
        },
    ).json()
    out["customs"]["d8"] = research["id"]
    states["d8"] = research["state"]
    out["counts"]["x3"] = Counter(
        f"{i['name']}: {i['outcome']}" for key in ("d7", "d8") for i in api.get(f"{g}/declarations/{out['customs'][key]}", expert)["items"]
    )

    trav = api.who("traveller", sub="demo-traveller-sara", national_code=people["sara"])
    permit = api.call(
        "POST",
        f"{g}/export-permits",
        trav,
        key="export-1",
        json={
            "applicant_name": "Sara",
            "national_code": people["sara"],
            "customs_office": "THR-IKA",
            "destination_country": "Germany",
            "phone": "+98 912 000 0000",
            "address": "Tehran, Valiasr St. 12",
            "signed": True,
            "prescription": {"attached": True, "physician_name": "Dr. Rahimi", "council_no": "12345"},
            "items": [{"name": "Losartan 50mg", "dosage_form": "tablet", "quantity": 2, "units_per_pack": 30, "daily_dose": 1}],
        },
    ).json()
    out["customs"]["export-1"] = permit["id"]
    out["counts"]["customs"] = Counter(states.values())
    out["counts"]["export"] = Counter([permit["state"]])


# --------------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    base_port = os.environ.get("REGPLAT_BASE_PORT", "8000")  # the port `make run` put the gateway on
    p.add_argument("--url", default=os.environ.get("REGPLAT_GATEWAY_URL", f"http://127.0.0.1:{base_port}"), help="the gateway")
    p.add_argument("--keys", default=None, help="key folder (default $REGPLAT_DATA_DIR/keys)")
    p.add_argument("-v", "--verbose", action="store_true", help="print every call")
    a = p.parse_args(argv)
    api = Api(a.url, Path(a.keys) if a.keys else default_data_dir() / "keys", a.verbose)
    try:
        r = api.http.get("/readyz")
    except httpx.HTTPError as exc:
        print(f"The gateway at {api.url} does not answer ({exc}). Start the platform first: make run", file=sys.stderr)
        return 2
    if r.status_code != 200:
        print(f"The platform at {api.url} is not ready ({r.status_code}: {r.text[:300]}).", file=sys.stderr)
        return 2

    rng = random.Random(1405)  # the same people on every run
    people = {name: national_code(rng) for name in ("ali", "sara", "reza", "zahra", "maryam")}
    out: dict = defaultdict(dict)
    out["counts"] = {}
    steps = [
        ("offlabel", lambda: load_offlabel(api, people, out)),
        ("inspections", lambda: load_inspections(api, out)),
        ("claims", lambda: load_claims(api, people, out)),
        ("customs", lambda: load_customs(api, people, out)),
    ]
    for name, step in steps:
        print(f"loading {name} ...", flush=True)
        try:
            step()
        except DemoError as exc:
            print(f"demo: {name} failed: {exc}", file=sys.stderr)
            return 1
    print_summary(api.url, people, out)
    return 0


def print_summary(url: str, people: dict[str, str], out: dict) -> None:
    fmt = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"  # noqa: E731
    print(f"""
Demo data loaded through {url}

  customs      declarations by state: {fmt(out["counts"]["customs"])}; export permits: {fmt(out["counts"]["export"])}
               offices THR-IKA (GIO representative, expert demo-expert-1) and MHD-AIR (clearance letter)
               asked inspections (X3): {fmt(out["counts"]["x3"])}
  claims       review offices RO-THR-1, RO-ISF-1; agencies AG-THR-001, AG-THR-002, AG-ISF-001
               cases by state: {fmt(out["counts"]["claims"])}; a fine on AG-THR-002 (proposed by the secretariat, imposed by the licensing HQ)
               lines checked with offlabel (X1) and inspections (X2): {fmt(out["counts"]["verification"])}
  offlabel     intravitreal bevacizumab requests by status: {fmt(out["counts"]["offlabel"])}
               (one approved and covered by the SSO, one not covered by the IHIO)
  inspections  centres by status: {fmt(out["counts"]["inspections"])} in QUMS, TUMS, SBMU, MUI;
               inspections, violations, a closure with seizure and referral (QUMS), a suspension (SBMU)

Where to look
  {url}/docs                                     every route, one merged OpenAPI document
  curl -X POST {url}/customs/v1/precheck -H 'Content-Type: application/json' -d '{{"items":[{{"name":"Cytotec","dosage_form":"tablet"}}]}}'
  curl {url}/inspections/v1/public/centers?q=یاس        (public: is this centre licensed and open?)
  TOKEN=$(make -s dev-token ROLE=agency_staff ORG=AG-THR-001)
  curl -H "Authorization: Bearer $TOKEN" {url}/claims/v1/agencies/AG-THR-001/cases
  TOKEN=$(make -s dev-token ROLE=gio_expert ORG=GIO SUB=demo-expert-1 CLAIMS='{{"seal_id":"SEAL-D1"}}')
  curl -H "Authorization: Bearer $TOKEN" "{url}/customs/v1/declarations?state=awaiting_stamp"
  TOKEN=$(make -s dev-token ROLE=insurer ORG=SSO)
  curl -H "Authorization: Bearer $TOKEN" "{url}/offlabel/v1/requests?status=approved"

  insured people (national codes): {", ".join(f"{k} {v}" for k, v in people.items())}
""")


if __name__ == "__main__":
    raise SystemExit(main())
