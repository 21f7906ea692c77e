"""The web side of `serve`: SPARQL endpoint, Linked Data pages and question box (Starlette).

    app.create_app(source)   the ASGI application (source: state.Fixed or state.FollowCurrent)
"""
