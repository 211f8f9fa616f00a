-- wrk script for the POST echo endpoint: the body comes from the WRK_BODY environment variable.
wrk.method = "POST"
wrk.body = os.getenv("WRK_BODY") or "{}"
wrk.headers["content-type"] = "application/json"
