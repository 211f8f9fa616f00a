"""zigttp.pipeline"""
