-- The shutdown notices go out through the notice campaign (issue 16 on issue 14's campaign): a child's
-- notice goes to the guardian, and the text says so, as the breach notice does ({forChild} is
-- "（涉及您监护的未成年人）" for a guardian, else empty).
update notification_template
   set params = 'service,shutdownDate,categories,forChild',
       body_zh = '美十每客“{service}”将于{shutdownDate}停止运营{forChild}，自即日起不再收集相关个人信息。停运后，我们将删除或匿名化该服务收集的您的个人信息（{categories}）。停运前，您可在应用“我的个人信息请求”中申请获取您的个人信息副本。',
       description = 'A service shuts down (SHUT-1, Part 2 §I(十一) 4): the date, what is deleted, and the copy the person may ask for first (DSR-1); forChild is "（涉及您监护的未成年人）" for a guardian, else empty.'
 where id = 'service-shutdown';
update notification_template
   set params = 'service,shutdownDate,forChild',
       body_zh = '【美十每客】“{service}”将于{shutdownDate}停运{forChild}，相关个人信息届时删除或匿名化。停运前可在应用中申请获取个人信息副本。',
       description = 'The SMS copy of service-shutdown where payment or financial data is involved (SHUT-1); forChild as in service-shutdown.'
 where id = 'service-shutdown-sms';
