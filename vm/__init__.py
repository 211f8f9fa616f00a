"""zigttp.vm"""
