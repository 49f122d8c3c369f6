"""Printable documents (issue 16, item 6) on PostgreSQL: the clearance letter and the exit permit in Persian, as HTML
and as PDF (text in logical order, Vazirmatn embedded), and the public verification of their codes."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from sqlalchemy import select

from customs.declarations.models import Declaration
from customs.documents.models import IssuedDocument
from shared.ratelimit import RateLimiter
from shared.testing import missing_component

from .helpers import NC, act, decl_body, expert, officer, traveller

OWNER = "سارا احمدی"
OFFICE = "MHD-AIR"  # no GIO representative: the expert writes a clearance letter (CUS-5)
ITEMS = [
    {"name": "لوزارتان ۵۰", "dosage_form": "قرص", "quantity": 3, "units_per_pack": 30, "daily_dose": 1},
    {"name": "آموکسی سیلین ۵۰۰", "dosage_form": "capsule", "quantity": 2, "units_per_pack": 20, "daily_dose": 3},
]
FA_NC = NC.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        missing_component(f"{tool} (poppler-utils) is not installed: the PDF of the documents was not checked")
    return path


def pdf_text(pdf: bytes, tmp_path) -> str:
    f = tmp_path / "doc.pdf"
    f.write_bytes(pdf)
    out = subprocess.run([_poppler("pdftotext"), "-enc", "UTF-8", str(f), "-"], capture_output=True, check=True).stdout.decode()
    return re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", out)  # bidi controls pdftotext adds around runs


def pdf_fonts(pdf: bytes, tmp_path) -> list[list[str]]:
    f = tmp_path / "fonts.pdf"
    f.write_bytes(pdf)
    out = subprocess.run([_poppler("pdffonts"), str(f)], capture_output=True, check=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


class _BodyText(HTMLParser):
    """The visible text of <body>, with the text of `class="code"` elements (codes, numbers, URLs) apart."""

    def __init__(self) -> None:
        super().__init__()
        self.in_body, self.depth, self.code_depth, self.text, self.codes = False, 0, None, [], []

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in ("br", "img", "meta"):
            return
        self.depth += 1
        if self.code_depth is None and "code" in (dict(attrs).get("class") or "").split():
            self.code_depth = self.depth
            self.codes.append("")

    def handle_endtag(self, tag):
        if self.code_depth == self.depth:
            self.code_depth = None
        self.depth -= 1

    def handle_data(self, data):
        if not self.in_body:
            return
        if self.code_depth is not None:
            self.codes[-1] += data
        else:
            self.text.append(data)


CODE_TOKEN = re.compile(r"^[A-Za-z0-9۰-۹./:+\-_%]+$")


def assert_all_persian(html: str) -> _BodyText:
    p = _BodyText()
    p.feed(html)
    text = " ".join(p.text)
    english = re.findall(r"[A-Za-z]*[a-z]{2,}[A-Za-z]*", text)  # a word; capitals alone (IRC, X3) are acronyms and codes
    assert english == [], f"English words in the Persian document: {english}"
    for code in p.codes:  # what is set apart as a code is a code: no spaces, no words with Persian letters around
        assert CODE_TOKEN.match(code.strip()), f"not a code: {code!r}"
    return p


def cleared_declaration(client, keys, **over):
    body = decl_body(*ITEMS, customs_office=OFFICE, owner={"kind": "natural", "name": OWNER, "national_code": NC}, **over)
    r = client.post("/v1/declarations", json=body, headers=officer(keys, OFFICE))
    assert r.status_code == 201, r.text
    d = r.json()
    assert [i["outcome"] for i in d["items"]] == ["pending", "pending"], d["items"]
    r = act(client, d["id"], expert(keys, sub="expert-any"), r.headers["ETag"], action="expert_review")
    assert r.status_code == 200, r.text
    r = act(client, d["id"], expert(keys, sub="expert-any"), r.headers["ETag"], action="stamp")
    assert r.status_code == 200 and r.json()["state"] == "cleared", r.text
    return r.json()


def letter(client, keys, decl_id, **headers):
    return client.get(f"/v1/declarations/{decl_id}/clearance-letter", headers={**officer(keys, OFFICE), **headers})


def code_of(html: str) -> str:
    m = re.search(r"/v1/documents/([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})/verify", html)
    assert m, "no verification URL in the document"
    return m.group(1)


def test_clearance_letter_html_is_entirely_persian_with_owner_forms_basis_and_verification(client, keys):
    d = cleared_declaration(client, keys)
    r = letter(client, keys, d["id"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html") and r.headers["content-language"] == "fa"
    html = r.text
    assert 'lang="fa"' in html and 'dir="rtl"' in html
    assert_all_persian(html)
    assert OWNER in html and FA_NC in html and "کد ملی" in html
    assert "قرص" in html and "کپسول" in html  # the dosage forms in Persian (one was declared in English)
    assert "tablet" not in html and "capsule" not in html
    cites = [c for it in d["items"] for c in it["basis"]]
    assert cites
    for c in cites:
        assert c["text_fa"] in html  # the Persian rule text ...
        assert c["text"] not in html  # ... never the English one
    assert "مصرف شخصی و سقف شش ماهه" in html  # the Persian topic of CUS-6.2
    assert "ترخیص شده" in html  # the state
    number = d["clearance_letter_no"].translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert number in html
    code = code_of(html)
    assert "data:image/svg+xml" in html  # the QR code of the verify URL
    assert "data:font/woff2;base64," in html  # the project's font, inline
    # printing again gives the same code (it is the content's HMAC)
    assert code_of(letter(client, keys, d["id"]).text) == code


def test_clearance_letter_pdf_reads_persian_in_logical_order_with_the_font_embedded(client, keys, tmp_path):
    d = cleared_declaration(client, keys)
    r = letter(client, keys, d["id"], Accept="application/pdf")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF")
    text = pdf_text(r.content, tmp_path)
    assert OWNER in text  # "سارا احمدی" in logical order (a visual-order extraction reverses it)
    assert OWNER[::-1] not in text
    assert "قرص" in text and "کپسول" in text
    assert "مصرف شخصی و سقف شش ماهه" in text  # a basis phrase
    assert FA_NC in text
    assert "نامه ترخیص دارو" in text
    fonts = pdf_fonts(r.content, tmp_path)
    assert fonts and all("Vazirmatn" in row[0] for row in fonts), fonts
    assert all(row[-5] == "yes" for row in fonts), fonts  # emb = yes
    # ?format=pdf for a browser link, and the negotiation's edges
    assert letter(client, keys, d["id"], Accept="text/html").headers["content-type"].startswith("text/html")
    r2 = client.get(f"/v1/declarations/{d['id']}/clearance-letter?format=pdf", headers=officer(keys, OFFICE))
    assert r2.headers["content-type"] == "application/pdf"
    assert letter(client, keys, d["id"], Accept="text/html;q=0.5, application/pdf").headers["content-type"] == "application/pdf"
    bad = letter(client, keys, d["id"], Accept="application/json")
    assert bad.status_code == 406 and bad.headers["content-type"].startswith("application/problem+json")
    assert client.get(f"/v1/declarations/{d['id']}/clearance-letter?format=docx", headers=officer(keys, OFFICE)).status_code == 422


def _issued_permit(client, keys):
    body = {
        "applicant_name": "رضا مرادی",
        "national_code": NC,
        "customs_office": "THR-IKA",
        "destination_country": "آلمان",
        "phone": "+98 912 000 0000",
        "address": "تهران، خیابان ولیعصر",
        "signed": True,
        "decision_date": "1400/06/01",
        "prescription": {"attached": True, "physician_name": "دکتر رحیمی", "council_no": "12345"},
        "items": [{"name": "لوزارتان", "dosage_form": "tablet", "quantity": 6, "units_per_pack": 30, "daily_dose": 1}],
    }
    r = client.post("/v1/export-permits", json=body, headers=traveller(keys))
    assert r.status_code == 201, r.text
    path = f"/v1/export-permits/{r.json()['id']}"
    assert client.get(path + "/letter", headers=traveller(keys)).status_code == 409  # not issued yet
    r = client.post(path + "/actions", json={"action": "expert_review"}, headers={**expert(keys), "If-Match": r.headers["ETag"]})
    assert r.status_code == 200 and r.json()["state"] == "issued", r.text
    return path, r.json()


def test_export_permit_html_and_pdf_in_persian(client, keys, tmp_path):
    path, p = _issued_permit(client, keys)
    html = client.get(path + "/letter", headers=traveller(keys))
    assert html.status_code == 200, html.text
    assert_all_persian(html.text)
    assert "رضا مرادی" in html.text and "آلمان" in html.text and "قرص" in html.text and "مجوز خروج دارو" in html.text
    assert FA_NC in html.text
    for c in p["basis"]:
        assert c["text"] not in html.text
    pdf = client.get(path + "/letter", headers={**traveller(keys), "Accept": "application/pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = pdf_text(pdf.content, tmp_path)
    assert "رضا مرادی" in text and "قرص" in text and "صادر شده" in text
    code = code_of(html.text)
    v = client.get(f"/v1/documents/{code}/verify").json()
    assert v["status"] == "valid" and v["document"]["kind"] == "export_permit" and v["document"]["state_label"] == "صادر شده"


def test_verify_valid_in_persian_without_a_token_english_on_request(client, keys):
    d = cleared_declaration(client, keys)
    code = code_of(letter(client, keys, d["id"]).text)
    r = client.get(f"/v1/documents/{code}/verify")  # no token, no Accept-Language
    assert r.status_code == 200 and r.headers["content-language"] == "fa"
    v = r.json()
    assert v["status"] == "valid" and v["authentic"] is True and v["language"] == "fa"
    assert "معتبر" in v["message"]
    doc = v["document"]
    assert doc["number"] == d["clearance_letter_no"] and doc["state"] == "cleared" and doc["state_label"] == "ترخیص شده"
    assert [(i["name"], i["dosage_form_label"], i["quantity"]) for i in doc["items"]] == [("لوزارتان ۵۰", "قرص", 3), ("آموکسی سیلین ۵۰۰", "کپسول", 2)]
    assert doc["owner_identity_masked"] == NC[:2] + "******" + NC[-2:]  # public: the owner is not disclosed
    assert OWNER not in r.text and NC not in r.text
    en = client.get(f"/v1/documents/{code.lower().replace('-', ' ')}/verify", headers={"Accept-Language": "en"}).json()
    assert en["status"] == "valid" and en["language"] == "en" and en["document"]["items"][0]["dosage_form_label"] == "tablet"
    assert "authentic" in en["message"]


def test_verify_unknown_altered_superseded(client, keys, app):
    assert client.get("/v1/documents/AAAA-BBBB-CCCC-DDDD/verify").json()["status"] == "unknown"
    d = cleared_declaration(client, keys)
    code = code_of(letter(client, keys, d["id"]).text)
    # someone changes the record after printing: the cleared quantity of the first item
    with app.state.sessionmaker() as s:
        decl = s.get(Declaration, d["id"])
        decl.items_state = [{**st, "cleared_quantity": 30} if st["index"] == 0 else st for st in decl.items_state]
        s.commit()
    v = client.get(f"/v1/documents/{code}/verify").json()
    assert v["status"] == "altered" and v["authentic"] is False and v["differences"] == ["items"]
    assert v["document"]["items"][0]["quantity"] == 3 and v["current"]["items"][0]["quantity"] == 30
    assert "تغییر" in v["message"]
    # a new print of the changed record gets its own code; the old paper is now superseded by it
    new = code_of(letter(client, keys, d["id"]).text)
    assert new != code
    old = client.get(f"/v1/documents/{code}/verify", headers={"Accept-Language": "en"}).json()
    assert old["status"] == "superseded" and old["superseded_by"] == new
    assert client.get(f"/v1/documents/{new}/verify").json()["status"] == "valid"
    # the stored copy tampered with as well: its own code no longer holds, so it is not shown as what was issued
    with app.state.sessionmaker() as s:
        row = s.get(IssuedDocument, new.replace("-", ""))
        row.content = {**row.content, "number": "GIO-CL/1400/99999"}
        s.commit()
    with app.state.sessionmaker() as s:
        decl = s.get(Declaration, d["id"])
        decl.seal_id = "SEAL-FORGED"
        s.commit()
    v = client.get(f"/v1/documents/{new}/verify").json()
    assert v["status"] == "altered" and v["document"] is None and v["current"]["number"] == d["clearance_letter_no"]
    with app.state.sessionmaker() as s:
        assert len(s.execute(select(IssuedDocument).where(IssuedDocument.subject_id == d["id"])).scalars().all()) == 2


@pytest.mark.parametrize("code", ["abc", "AAAA-BBBB-CCCC-DDD1", "AAAA-BBBB-CCCC-DDDDE", "%00", "' OR 1=1 --", "ا" * 16, "A" * 64])
def test_verify_bad_codes_are_problem_json_never_500(client, code):
    r = client.get(f"/v1/documents/{code}/verify")
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")


def test_verify_too_long_and_odd_paths_never_500(client):
    for path in ["/v1/documents/" + "A" * 65 + "/verify", "/v1/documents/%F0%9F%98%80/verify", "/v1/documents/ABCD%2FEFGH/verify"]:
        r = client.get(path)
        assert r.status_code in (404, 422), (path, r.status_code, r.text)


def test_verify_is_rate_limited_like_the_precheck(client, app):
    old = app.state.public_limiter
    app.state.public_limiter = RateLimiter(2)
    try:
        codes = [client.get("/v1/documents/AAAA-BBBB-CCCC-DDDD/verify").status_code for _ in range(3)]
    finally:
        app.state.public_limiter = old
    assert codes == [200, 200, 429]


def test_documents_need_a_token_and_visibility(client, keys):
    d = cleared_declaration(client, keys)
    assert client.get(f"/v1/declarations/{d['id']}/clearance-letter").status_code == 401
    assert letter(client, keys, d["id"]).status_code == 200
    other = client.get(f"/v1/declarations/{d['id']}/clearance-letter", headers=officer(keys, "THR-IKA"))
    assert other.status_code == 404  # another office's declaration does not exist for it


def test_openapi_declares_both_media_types_and_operation_names(app):
    doc = app.openapi()
    for path, op_name in [
        ("/v1/declarations/{decl_id}/clearance-letter", "get_clearance_letter"),
        ("/v1/export-permits/{permit_id}/letter", "get_export_permit_letter"),
    ]:
        op = doc["paths"][path]["get"]
        assert set(op["responses"]["200"]["content"]) == {"text/html", "application/pdf"}
        assert op_name in op["operationId"] or op["operationId"] in ("getClearanceLetter", "getExportPermitLetter")
        assert "406" in op["responses"] and "409" in op["responses"]
    verify = doc["paths"]["/v1/documents/{code}/verify"]["get"]
    assert not verify.get("security")  # public
    assert verify["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("DocumentVerification")
