"""ClientBasic: A client in the "basic" view (used by the client listing and, by default, by
the client detail call). Field names are not case sensitive."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _models as _c
from .. import _types as _t

__all__ = ["ClientBasic"]

_MODELS = "bigtime.models"


@dataclass(kw_only=True, repr=False)
class ClientBasic(_c.BaseModel):
    """A client in the "basic" view (used by the client listing and, by default, by
    the client detail call). Field names are not case sensitive.

    Attributes:
        system_id: Unique SID code for this record. (In XML downloads this value is an
            attribute on the main Contact object.)
        nm: Short/standard name for the client.
        legal_nm: Legal name (e.g. full name used on invoices and estimates).
        client_id: Unique account number for this client (often used by BigTime to generate
            unique account numbers for projects).
        address: Street address (can be multi-line).
        city: City.
        state: State, province or county (depending on the address's country).
        zip: Postal code.
        country: Country of origin.
        full_address: Useful for display: the full address, with line breaks, including the
            address, city/state/zip and country. Only in the Basic view; it cannot
            be posted.
        main_ph: Main phone number for the client (each project's contact can also have a
            phone number, mobile phone and fax).
        main_fx: Main fax number for the client (each project's contact can also have a
            phone number, mobile phone and fax).
        notes: Notes.
    """

    system_id: int | _t.NotGiven = _c.opt("SystemId", _c.INT)
    nm: str | _t.NotGiven = _c.opt("Nm", _c.STR)
    legal_nm: str | _t.NotGiven = _c.opt("LegalNm", _c.STR)
    client_id: str | _t.NotGiven = _c.opt("ClientId", _c.STR)
    address: str | _t.NotGiven = _c.opt("Address", _c.STR)
    city: str | _t.NotGiven = _c.opt("City", _c.STR)
    state: str | _t.NotGiven = _c.opt("State", _c.STR)
    zip: str | _t.NotGiven = _c.opt("Zip", _c.STR)
    country: str | _t.NotGiven = _c.opt("Country", _c.STR)
    full_address: str | _t.NotGiven = _c.opt("FullAddress", _c.STR)
    main_ph: str | _t.NotGiven = _c.opt("MainPH", _c.STR)
    main_fx: str | _t.NotGiven = _c.opt("MainFX", _c.STR)
    notes: str | _t.NotGiven = _c.opt("Notes", _c.STR)
