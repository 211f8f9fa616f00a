"""zigttp.store"""
