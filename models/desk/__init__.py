"""The desk (ondernemersloket): questions asked at the desk and the knowledge base that answers them."""
