-- A service shuts down (SHUT-1, issue 16): each affected person is told the date, what will be
-- deleted and what they can do before (ask for a copy of their data, DSR-1). Where payment or
-- financial data is involved the same notice goes by SMS as well.
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('service-shutdown', 'SERVICE', 'PUSH', 'communication.customer-service', 'service,shutdownDate,categories', '服务停运通知',
        '美十每客“{service}”将于{shutdownDate}停止运营，自即日起不再收集相关个人信息。停运后，我们将删除或匿名化该服务收集的您的个人信息（{categories}）。停运前，您可在应用“我的个人信息请求”中申请获取您的个人信息副本。',
        'A service shuts down (SHUT-1, Part 2 §I(十一) 4): the date, what is deleted, and the copy the person may ask for first (DSR-1).');
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('service-shutdown-sms', 'SERVICE', 'SMS', 'account.phone', 'service,shutdownDate', '服务停运通知',
        '【美十每客】“{service}”将于{shutdownDate}停运，相关个人信息届时删除或匿名化。停运前可在应用中申请获取个人信息副本。',
        'The SMS copy of service-shutdown where payment or financial data is involved (SHUT-1).');
