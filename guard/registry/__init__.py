"""The customer registry: who the accounts are and what is confidential about each."""

from guard.registry.model import Account, Company, Contact, Deal, Product, Registry

__all__ = ["Account", "Company", "Contact", "Deal", "Product", "Registry"]
