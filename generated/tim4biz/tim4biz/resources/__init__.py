"""Resources of TIM4biz API: one per tag, reached as attributes of the client."""
