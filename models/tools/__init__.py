"""Tools that use the domain and that the domain never uses: demo data, the load test, the local-to-server transfer."""
