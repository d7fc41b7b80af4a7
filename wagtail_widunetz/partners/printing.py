"""Printed flyer of a partner profile (see ``core.printing``): the profile's own data."""

from . import profile


def partner_sheet(page, request, sheet):
    return {"profile": profile.Profile(page, request)}
