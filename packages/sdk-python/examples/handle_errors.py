"""Branch on the error class (the status), never on the message text."""

from ryzeapi import (
    APIConnectionError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Ryze,
)

with Ryze() as client:
    for identifier in ["120363406289005073@g.us", "120363406289005073@g.us", "ANNOUNCE200"]:
        try:
            client.groups.leave("my-instance", identifier=identifier)
            print(f"left {identifier}")
        except NotFoundError as error:
            # A retried leave answered 404 after an attempt whose outcome is unknown: probably left.
            verdict = "probably left earlier" if error.may_have_succeeded_earlier else "not a member"
            print(f"{identifier}: {verdict} ({error})")
        except PermissionDeniedError as error:
            print(f"{identifier}: may not be left ({error.status_code})")
        except RateLimitError as error:
            print(f"bucket empty until {error.reset_at}")
        except AuthenticationError:
            print("check RYZEAPI_TOKEN")
        except APIConnectionError as error:
            print(f"no answer after {error.attempts} attempts: {error}")
