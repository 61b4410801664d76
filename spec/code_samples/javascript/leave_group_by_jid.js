await fetch(`https://ryzeapi.cloud/api/group/leave/${process.env.Instance_Name}?identifier=120363406289005073@g.us`, {
  method: "DELETE",
  headers: {
    "token": process.env.Token_Instance
  }
});
