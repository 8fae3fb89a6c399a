"""Output: an event draft as the published message (``message``) and its ACLED block (``acled``)."""
