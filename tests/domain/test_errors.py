from desk_app.domain.errors import DomainError, ValidationFailed
from desk_app.messages import MESSAGES


def test_domain_error_carries_code_field_and_params():
    err = DomainError("applicant.id.length", field="id_number", length=9)
    assert err.code == "applicant.id.length"
    assert err.field == "id_number"
    assert err.params == {"length": 9}
    assert str(err) == MESSAGES["applicant.id.length"].format(length=9)
    assert "9" in str(err)


def test_params_may_be_named_like_the_code_or_field_arguments():
    err = DomainError("catalogue.code.duplicate", code="1.001", first=2)
    assert err.code == "catalogue.code.duplicate"
    assert "1.001" in str(err)


def test_unknown_code_still_gives_a_vietnamese_sentence():
    assert "some.unknown" in str(DomainError("some.unknown"))


def test_validation_failed_lists_every_error():
    errors = [DomainError("applicant.full_name.empty", field="full_name"),
              DomainError("applicant.address.empty", field="address")]
    failed = ValidationFailed(errors)
    assert failed.code == "validation.failed"
    assert failed.field is None
    assert failed.errors == errors
    assert set(failed.by_field()) == {"full_name", "address"}
    assert "2" in str(failed)
    assert isinstance(failed, DomainError)
