"""The HTTP API and the dashboard (the `web` extra: FastAPI, uvicorn, Jinja2).

    from whimbrel.web.app import create_app
    app = create_app("sqlite:///whimbrel.sqlite")

Only this package knows HTTP; it calls the same library functions a Python user calls.
"""
