"""Models of Time4VPS API, imported lazily on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_contact_request import AddContactRequest as AddContactRequest
    from .add_contact_response import AddContactResponse as AddContactResponse
    from .add_dns_zone_request import AddDnsZoneRequest as AddDnsZoneRequest
    from .additional_ips import AdditionalIps as AdditionalIps
    from .balance import Balance as Balance
    from .balance_response import BalanceResponse as BalanceResponse
    from .billing_cycle import BillingCycle as BillingCycle
    from .cancel_service_request import CancelServiceRequest as CancelServiceRequest
    from .category import Category as Category
    from .category_list_response import CategoryListResponse as CategoryListResponse
    from .certificate import Certificate as Certificate
    from .certificate_contact import CertificateContact as CertificateContact
    from .certificate_contacts import CertificateContacts as CertificateContacts
    from .certificate_details_response import (
        CertificateDetailsResponse as CertificateDetailsResponse,
    )
    from .certificate_list_response import (
        CertificateListResponse as CertificateListResponse,
    )
    from .certificate_order_request import (
        CertificateOrderRequest as CertificateOrderRequest,
    )
    from .certificate_organization import (
        CertificateOrganization as CertificateOrganization,
    )
    from .certificate_period import CertificatePeriod as CertificatePeriod
    from .certificate_product import CertificateProduct as CertificateProduct
    from .certificate_product_list_response import (
        CertificateProductListResponse as CertificateProductListResponse,
    )
    from .certificate_software import CertificateSoftware as CertificateSoftware
    from .certificate_software_list_response import (
        CertificateSoftwareListResponse as CertificateSoftwareListResponse,
    )
    from .certificate_summary import CertificateSummary as CertificateSummary
    from .client import Client as Client
    from .client_details_response import ClientDetailsResponse as ClientDetailsResponse
    from .contact import Contact as Contact
    from .contact_details_response import (
        ContactDetailsResponse as ContactDetailsResponse,
    )
    from .contact_list_response import ContactListResponse as ContactListResponse
    from .contact_privileges import ContactPrivileges as ContactPrivileges
    from .contact_privileges_domains import (
        ContactPrivilegesDomains as ContactPrivilegesDomains,
    )
    from .contact_privileges_response import (
        ContactPrivilegesResponse as ContactPrivilegesResponse,
    )
    from .contact_privileges_services import (
        ContactPrivilegesServices as ContactPrivilegesServices,
    )
    from .dns_list_response import DnsListResponse as DnsListResponse
    from .dns_record import DnsRecord as DnsRecord
    from .dns_record_request import DnsRecordRequest as DnsRecordRequest
    from .dns_zone import DnsZone as DnsZone
    from .dns_zone_summary import DnsZoneSummary as DnsZoneSummary
    from .edit_contact_request import EditContactRequest as EditContactRequest
    from .error import Error as Error
    from .get_vpn_config_template import GetVpnConfigTemplate as GetVpnConfigTemplate
    from .info_response import InfoResponse as InfoResponse
    from .init_script import InitScript as InitScript
    from .invoice import Invoice as Invoice
    from .invoice_details_response import (
        InvoiceDetailsResponse as InvoiceDetailsResponse,
    )
    from .invoice_item import InvoiceItem as InvoiceItem
    from .invoice_list_response import InvoiceListResponse as InvoiceListResponse
    from .invoice_summary import InvoiceSummary as InvoiceSummary
    from .order_addon_request import OrderAddonRequest as OrderAddonRequest
    from .order_addon_response import OrderAddonResponse as OrderAddonResponse
    from .order_item import OrderItem as OrderItem
    from .order_item_type import OrderItemType as OrderItemType
    from .order_multiple_response import OrderMultipleResponse as OrderMultipleResponse
    from .order_product_request import OrderProductRequest as OrderProductRequest
    from .order_request import OrderRequest as OrderRequest
    from .order_response import OrderResponse as OrderResponse
    from .ordered_item import OrderedItem as OrderedItem
    from .os_template import OsTemplate as OsTemplate
    from .password_reset_request import PasswordResetRequest as PasswordResetRequest
    from .payment_method_fee import PaymentMethodFee as PaymentMethodFee
    from .payment_method_fees_response import (
        PaymentMethodFeesResponse as PaymentMethodFeesResponse,
    )
    from .payment_methods_response import (
        PaymentMethodsResponse as PaymentMethodsResponse,
    )
    from .pricing_period import PricingPeriod as PricingPeriod
    from .product import Product as Product
    from .product_addon import ProductAddon as ProductAddon
    from .product_addon_config_field import (
        ProductAddonConfigField as ProductAddonConfigField,
    )
    from .product_config import ProductConfig as ProductConfig
    from .product_config_field import ProductConfigField as ProductConfigField
    from .product_configuration import ProductConfiguration as ProductConfiguration
    from .product_configuration_response import (
        ProductConfigurationResponse as ProductConfigurationResponse,
    )
    from .product_form_field import ProductFormField as ProductFormField
    from .product_form_field_config import (
        ProductFormFieldConfig as ProductFormFieldConfig,
    )
    from .product_form_item import ProductFormItem as ProductFormItem
    from .product_list_response import ProductListResponse as ProductListResponse
    from .quote_domain import QuoteDomain as QuoteDomain
    from .quote_item import QuoteItem as QuoteItem
    from .quote_product import QuoteProduct as QuoteProduct
    from .quote_recurring_price import QuoteRecurringPrice as QuoteRecurringPrice
    from .quote_response import QuoteResponse as QuoteResponse
    from .quote_summary import QuoteSummary as QuoteSummary
    from .quote_tax import QuoteTax as QuoteTax
    from .server_change_dns_request import (
        ServerChangeDnsRequest as ServerChangeDnsRequest,
    )
    from .server_change_ptr_request import (
        ServerChangePtrRequest as ServerChangePtrRequest,
    )
    from .server_component import ServerComponent as ServerComponent
    from .server_details import ServerDetails as ServerDetails
    from .server_reinstall_request import (
        ServerReinstallRequest as ServerReinstallRequest,
    )
    from .server_rename_request import ServerRenameRequest as ServerRenameRequest
    from .server_summary import ServerSummary as ServerSummary
    from .server_usage_history import ServerUsageHistory as ServerUsageHistory
    from .server_web_console_request import (
        ServerWebConsoleRequest as ServerWebConsoleRequest,
    )
    from .server_web_console_request_timeout import (
        ServerWebConsoleRequestTimeout as ServerWebConsoleRequestTimeout,
    )
    from .server_web_console_request_whitelabel import (
        ServerWebConsoleRequestWhitelabel as ServerWebConsoleRequestWhitelabel,
    )
    from .service import Service as Service
    from .service_addon import ServiceAddon as ServiceAddon
    from .service_details_response import (
        ServiceDetailsResponse as ServiceDetailsResponse,
    )
    from .service_id_from_order_response import (
        ServiceIdFromOrderResponse as ServiceIdFromOrderResponse,
    )
    from .service_label_request import ServiceLabelRequest as ServiceLabelRequest
    from .service_label_response import ServiceLabelResponse as ServiceLabelResponse
    from .service_list_response import ServiceListResponse as ServiceListResponse
    from .service_method import ServiceMethod as ServiceMethod
    from .service_methods_response import (
        ServiceMethodsResponse as ServiceMethodsResponse,
    )
    from .service_summary import ServiceSummary as ServiceSummary
    from .signup_request import SignupRequest as SignupRequest
    from .task import Task as Task
    from .task_started import TaskStarted as TaskStarted
    from .update_details_request import UpdateDetailsRequest as UpdateDetailsRequest
    from .update_details_response import UpdateDetailsResponse as UpdateDetailsResponse
    from .update_dns_record_response import (
        UpdateDnsRecordResponse as UpdateDnsRecordResponse,
    )
    from .upgrade_options_response import (
        UpgradeOptionsResponse as UpgradeOptionsResponse,
    )
    from .upgrade_request import UpgradeRequest as UpgradeRequest
    from .upgrade_resource import UpgradeResource as UpgradeResource
    from .upgrade_resource_item import UpgradeResourceItem as UpgradeResourceItem
    from .usage_graph import UsageGraph as UsageGraph
    from .vpn_client import VpnClient as VpnClient
    from .vpn_config import VpnConfig as VpnConfig
    from .vpn_login_details import VpnLoginDetails as VpnLoginDetails
    from .vpn_password_reset import VpnPasswordReset as VpnPasswordReset
    from .vpn_server import VpnServer as VpnServer
    from .vpn_session import VpnSession as VpnSession
    from .vpn_usage_history import VpnUsageHistory as VpnUsageHistory
    from .vps_product import VpsProduct as VpsProduct

    pass

_MODULES: dict[str, str] = {
    "AddContactRequest": "add_contact_request",
    "AddContactResponse": "add_contact_response",
    "AddDnsZoneRequest": "add_dns_zone_request",
    "AdditionalIps": "additional_ips",
    "Balance": "balance",
    "BalanceResponse": "balance_response",
    "BillingCycle": "billing_cycle",
    "CancelServiceRequest": "cancel_service_request",
    "Category": "category",
    "CategoryListResponse": "category_list_response",
    "Certificate": "certificate",
    "CertificateContact": "certificate_contact",
    "CertificateContacts": "certificate_contacts",
    "CertificateDetailsResponse": "certificate_details_response",
    "CertificateListResponse": "certificate_list_response",
    "CertificateOrderRequest": "certificate_order_request",
    "CertificateOrganization": "certificate_organization",
    "CertificatePeriod": "certificate_period",
    "CertificateProduct": "certificate_product",
    "CertificateProductListResponse": "certificate_product_list_response",
    "CertificateSoftware": "certificate_software",
    "CertificateSoftwareListResponse": "certificate_software_list_response",
    "CertificateSummary": "certificate_summary",
    "Client": "client",
    "ClientDetailsResponse": "client_details_response",
    "Contact": "contact",
    "ContactDetailsResponse": "contact_details_response",
    "ContactListResponse": "contact_list_response",
    "ContactPrivileges": "contact_privileges",
    "ContactPrivilegesDomains": "contact_privileges_domains",
    "ContactPrivilegesResponse": "contact_privileges_response",
    "ContactPrivilegesServices": "contact_privileges_services",
    "DnsListResponse": "dns_list_response",
    "DnsRecord": "dns_record",
    "DnsRecordRequest": "dns_record_request",
    "DnsZone": "dns_zone",
    "DnsZoneSummary": "dns_zone_summary",
    "EditContactRequest": "edit_contact_request",
    "Error": "error",
    "GetVpnConfigTemplate": "get_vpn_config_template",
    "InfoResponse": "info_response",
    "InitScript": "init_script",
    "Invoice": "invoice",
    "InvoiceDetailsResponse": "invoice_details_response",
    "InvoiceItem": "invoice_item",
    "InvoiceListResponse": "invoice_list_response",
    "InvoiceSummary": "invoice_summary",
    "OrderAddonRequest": "order_addon_request",
    "OrderAddonResponse": "order_addon_response",
    "OrderItem": "order_item",
    "OrderItemType": "order_item_type",
    "OrderMultipleResponse": "order_multiple_response",
    "OrderProductRequest": "order_product_request",
    "OrderRequest": "order_request",
    "OrderResponse": "order_response",
    "OrderedItem": "ordered_item",
    "OsTemplate": "os_template",
    "PasswordResetRequest": "password_reset_request",
    "PaymentMethodFee": "payment_method_fee",
    "PaymentMethodFeesResponse": "payment_method_fees_response",
    "PaymentMethodsResponse": "payment_methods_response",
    "PricingPeriod": "pricing_period",
    "Product": "product",
    "ProductAddon": "product_addon",
    "ProductAddonConfigField": "product_addon_config_field",
    "ProductConfig": "product_config",
    "ProductConfigField": "product_config_field",
    "ProductConfiguration": "product_configuration",
    "ProductConfigurationResponse": "product_configuration_response",
    "ProductFormField": "product_form_field",
    "ProductFormFieldConfig": "product_form_field_config",
    "ProductFormItem": "product_form_item",
    "ProductListResponse": "product_list_response",
    "QuoteDomain": "quote_domain",
    "QuoteItem": "quote_item",
    "QuoteProduct": "quote_product",
    "QuoteRecurringPrice": "quote_recurring_price",
    "QuoteResponse": "quote_response",
    "QuoteSummary": "quote_summary",
    "QuoteTax": "quote_tax",
    "ServerChangeDnsRequest": "server_change_dns_request",
    "ServerChangePtrRequest": "server_change_ptr_request",
    "ServerComponent": "server_component",
    "ServerDetails": "server_details",
    "ServerReinstallRequest": "server_reinstall_request",
    "ServerRenameRequest": "server_rename_request",
    "ServerSummary": "server_summary",
    "ServerUsageHistory": "server_usage_history",
    "ServerWebConsoleRequest": "server_web_console_request",
    "ServerWebConsoleRequestTimeout": "server_web_console_request_timeout",
    "ServerWebConsoleRequestWhitelabel": "server_web_console_request_whitelabel",
    "Service": "service",
    "ServiceAddon": "service_addon",
    "ServiceDetailsResponse": "service_details_response",
    "ServiceIdFromOrderResponse": "service_id_from_order_response",
    "ServiceLabelRequest": "service_label_request",
    "ServiceLabelResponse": "service_label_response",
    "ServiceListResponse": "service_list_response",
    "ServiceMethod": "service_method",
    "ServiceMethodsResponse": "service_methods_response",
    "ServiceSummary": "service_summary",
    "SignupRequest": "signup_request",
    "Task": "task",
    "TaskStarted": "task_started",
    "UpdateDetailsRequest": "update_details_request",
    "UpdateDetailsResponse": "update_details_response",
    "UpdateDnsRecordResponse": "update_dns_record_response",
    "UpgradeOptionsResponse": "upgrade_options_response",
    "UpgradeRequest": "upgrade_request",
    "UpgradeResource": "upgrade_resource",
    "UpgradeResourceItem": "upgrade_resource_item",
    "UsageGraph": "usage_graph",
    "VpnClient": "vpn_client",
    "VpnConfig": "vpn_config",
    "VpnLoginDetails": "vpn_login_details",
    "VpnPasswordReset": "vpn_password_reset",
    "VpnServer": "vpn_server",
    "VpnSession": "vpn_session",
    "VpnUsageHistory": "vpn_usage_history",
    "VpsProduct": "vps_product",
}

__all__ = [
    "AddContactRequest",
    "AddContactResponse",
    "AddDnsZoneRequest",
    "AdditionalIps",
    "Balance",
    "BalanceResponse",
    "BillingCycle",
    "CancelServiceRequest",
    "Category",
    "CategoryListResponse",
    "Certificate",
    "CertificateContact",
    "CertificateContacts",
    "CertificateDetailsResponse",
    "CertificateListResponse",
    "CertificateOrderRequest",
    "CertificateOrganization",
    "CertificatePeriod",
    "CertificateProduct",
    "CertificateProductListResponse",
    "CertificateSoftware",
    "CertificateSoftwareListResponse",
    "CertificateSummary",
    "Client",
    "ClientDetailsResponse",
    "Contact",
    "ContactDetailsResponse",
    "ContactListResponse",
    "ContactPrivileges",
    "ContactPrivilegesDomains",
    "ContactPrivilegesResponse",
    "ContactPrivilegesServices",
    "DnsListResponse",
    "DnsRecord",
    "DnsRecordRequest",
    "DnsZone",
    "DnsZoneSummary",
    "EditContactRequest",
    "Error",
    "GetVpnConfigTemplate",
    "InfoResponse",
    "InitScript",
    "Invoice",
    "InvoiceDetailsResponse",
    "InvoiceItem",
    "InvoiceListResponse",
    "InvoiceSummary",
    "OrderAddonRequest",
    "OrderAddonResponse",
    "OrderItem",
    "OrderItemType",
    "OrderMultipleResponse",
    "OrderProductRequest",
    "OrderRequest",
    "OrderResponse",
    "OrderedItem",
    "OsTemplate",
    "PasswordResetRequest",
    "PaymentMethodFee",
    "PaymentMethodFeesResponse",
    "PaymentMethodsResponse",
    "PricingPeriod",
    "Product",
    "ProductAddon",
    "ProductAddonConfigField",
    "ProductConfig",
    "ProductConfigField",
    "ProductConfiguration",
    "ProductConfigurationResponse",
    "ProductFormField",
    "ProductFormFieldConfig",
    "ProductFormItem",
    "ProductListResponse",
    "QuoteDomain",
    "QuoteItem",
    "QuoteProduct",
    "QuoteRecurringPrice",
    "QuoteResponse",
    "QuoteSummary",
    "QuoteTax",
    "ServerChangeDnsRequest",
    "ServerChangePtrRequest",
    "ServerComponent",
    "ServerDetails",
    "ServerReinstallRequest",
    "ServerRenameRequest",
    "ServerSummary",
    "ServerUsageHistory",
    "ServerWebConsoleRequest",
    "ServerWebConsoleRequestTimeout",
    "ServerWebConsoleRequestWhitelabel",
    "Service",
    "ServiceAddon",
    "ServiceDetailsResponse",
    "ServiceIdFromOrderResponse",
    "ServiceLabelRequest",
    "ServiceLabelResponse",
    "ServiceListResponse",
    "ServiceMethod",
    "ServiceMethodsResponse",
    "ServiceSummary",
    "SignupRequest",
    "Task",
    "TaskStarted",
    "UpdateDetailsRequest",
    "UpdateDetailsResponse",
    "UpdateDnsRecordResponse",
    "UpgradeOptionsResponse",
    "UpgradeRequest",
    "UpgradeResource",
    "UpgradeResourceItem",
    "UsageGraph",
    "VpnClient",
    "VpnConfig",
    "VpnLoginDetails",
    "VpnPasswordReset",
    "VpnServer",
    "VpnSession",
    "VpnUsageHistory",
    "VpsProduct",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
