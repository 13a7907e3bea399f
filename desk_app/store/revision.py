"""The schema revision this code expects; a test checks it against the migrations' head."""

HEAD_REVISION = "0010"
