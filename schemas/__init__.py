"""zigttp.schemas"""
