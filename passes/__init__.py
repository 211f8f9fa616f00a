"""zigttp.passes"""
