"""HQ's decisions and requests sent back to the posts (app/domain/hq_decisions.py, app/vault/guard/
hq_decisions.py): the sentences by code, under the translation context "HqDecisions"."""

# ruff: noqa: E501
from __future__ import annotations

HQ = {
    "text_too_short": "Give the reason or what is asked in at least %1 characters.",
    "text_too_long": "The reason or what is asked may be at most %1 characters.",
    "bad_choice": "Choose accept or reject for a decision, or interview, polygraph or check for a request.",
    "not_hq_vault": "Only an HQ vault records HQ's decisions and requests.",
    "not_received": "HQ has not received this case from a post, so there is no post to send a decision to.",
    "wrong_passphrase": "Wrong passphrase: nothing was recorded.",
    "names_applicant": "The text names the applicant: the update package goes to every post. Refer to the case number instead.",
    "package_damaged": "The update package's HQ decisions are damaged.",
    "status.decision:accept": "Accepted by HQ",
    "status.decision:reject": "Rejected by HQ",
    "status.request:interview": "HQ asks for another interview",
    "status.request:polygraph": "HQ asks for another polygraph exam",
    "status.request:check": "HQ asks for a check",
    "received": "%1 new decision(s) or request(s) from HQ.",
    "refused": "%1 decision(s) or request(s) from HQ name a case this vault does not hold; they were not stored.",
}
